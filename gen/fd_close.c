
#line 1 "spec/fd_close.rl"

#line 2 "gen/fd_close.c"
static const char _fd_close_actions[] = {
	0, 1, 3, 1, 4, 1, 5, 1, 
	6, 1, 7, 1, 8, 1, 9, 2, 
	0, 10, 2, 0, 11, 2, 0, 12, 
	2, 1, 10, 2, 2, 11, 2, 3, 
	13, 3, 5, 13, 12, 3, 7, 13, 
	12
};

static const unsigned char _fd_close_key_offsets[] = {
	0, 9, 9, 17, 26, 36, 45, 45, 
	53, 62, 71, 79, 85, 92, 94, 96, 
	98, 106, 115, 124, 132, 140, 148, 156
};

static const unsigned char _fd_close_trans_keys[] = {
	1u, 2u, 3u, 14u, 21u, 23u, 24u, 30u, 
	36u, 3u, 21u, 23u, 24u, 33u, 34u, 35u, 
	36u, 3u, 4u, 21u, 23u, 24u, 33u, 34u, 
	35u, 36u, 3u, 4u, 22u, 23u, 24u, 26u, 
	33u, 34u, 35u, 36u, 3u, 22u, 23u, 24u, 
	26u, 33u, 34u, 35u, 36u, 3u, 22u, 23u, 
	25u, 33u, 34u, 35u, 36u, 3u, 4u, 22u, 
	23u, 25u, 33u, 34u, 35u, 36u, 3u, 4u, 
	21u, 23u, 25u, 33u, 34u, 35u, 36u, 3u, 
	21u, 23u, 25u, 33u, 34u, 35u, 36u, 3u, 
	23u, 25u, 34u, 35u, 36u, 3u, 4u, 23u, 
	25u, 34u, 35u, 36u, 3u, 23u, 3u, 23u, 
	3u, 23u, 2u, 4u, 14u, 21u, 23u, 24u, 
	30u, 36u, 2u, 4u, 14u, 22u, 23u, 24u, 
	26u, 30u, 36u, 2u, 3u, 14u, 22u, 23u, 
	24u, 26u, 30u, 36u, 2u, 3u, 14u, 22u, 
	23u, 25u, 30u, 36u, 2u, 4u, 14u, 22u, 
	23u, 25u, 30u, 36u, 2u, 4u, 14u, 21u, 
	23u, 25u, 30u, 36u, 2u, 3u, 14u, 21u, 
	23u, 25u, 30u, 36u, 0
};

static const char _fd_close_single_lengths[] = {
	9, 0, 6, 9, 10, 7, 0, 6, 
	9, 9, 6, 4, 7, 2, 2, 2, 
	8, 9, 9, 8, 8, 8, 8, 0
};

static const char _fd_close_range_lengths[] = {
	0, 0, 1, 0, 0, 1, 0, 1, 
	0, 0, 1, 1, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0
};

static const unsigned char _fd_close_index_offsets[] = {
	0, 10, 11, 19, 29, 40, 49, 50, 
	58, 68, 78, 86, 92, 100, 103, 106, 
	109, 118, 128, 138, 147, 156, 165, 174
};

static const char _fd_close_indicies[] = {
	1, 2, 3, 2, 4, 5, 6, 2, 
	7, 0, 8, 9, 10, 5, 11, 12, 
	13, 14, 2, 9, 16, 17, 5, 18, 
	19, 20, 21, 22, 15, 24, 25, 26, 
	5, 27, 27, 19, 20, 21, 22, 23, 
	24, 29, 5, 30, 30, 12, 13, 14, 
	28, 5, 31, 32, 5, 28, 33, 13, 
	14, 30, 31, 34, 35, 5, 23, 36, 
	20, 21, 22, 27, 37, 38, 39, 5, 
	15, 36, 20, 21, 22, 18, 37, 40, 
	5, 2, 33, 13, 14, 11, 36, 5, 
	12, 13, 14, 41, 36, 43, 5, 19, 
	20, 21, 22, 42, 45, 5, 44, 47, 
	5, 46, 49, 5, 48, 15, 51, 15, 
	52, 5, 53, 15, 7, 50, 23, 55, 
	23, 56, 5, 57, 57, 23, 7, 54, 
	28, 59, 28, 60, 5, 61, 61, 28, 
	7, 58, 30, 63, 30, 64, 5, 65, 
	30, 7, 62, 27, 67, 27, 68, 5, 
	69, 27, 7, 66, 18, 71, 18, 72, 
	5, 73, 18, 7, 70, 11, 75, 11, 
	76, 5, 77, 11, 7, 74, 7, 0
};

static const char _fd_close_trans_targs[] = {
	0, 1, 2, 16, 18, 6, 22, 23, 
	1, 3, 5, 10, 13, 14, 15, 3, 
	2, 4, 9, 13, 14, 15, 15, 4, 
	4, 5, 3, 8, 5, 2, 7, 8, 
	10, 11, 7, 9, 12, 9, 10, 8, 
	7, 11, 12, 11, 13, 13, 14, 14, 
	15, 15, 16, 0, 17, 21, 17, 18, 
	16, 20, 18, 17, 0, 19, 19, 20, 
	22, 18, 20, 19, 21, 17, 21, 22, 
	20, 16, 22, 21, 19, 0
};

static const char _fd_close_trans_actions[] = {
	5, 0, 0, 3, 11, 7, 0, 9, 
	5, 3, 11, 0, 1, 1, 30, 0, 
	1, 11, 0, 24, 27, 33, 37, 0, 
	3, 1, 11, 0, 0, 11, 0, 3, 
	11, 5, 1, 11, 5, 3, 1, 11, 
	11, 0, 0, 1, 13, 15, 13, 18, 
	13, 21, 5, 1, 11, 0, 5, 1, 
	11, 0, 5, 3, 11, 0, 5, 3, 
	11, 0, 5, 1, 11, 0, 5, 1, 
	11, 0, 5, 3, 11, 0
};

static const int fd_close_start = 0;


#line 222 "spec/fd_close.rl"


static int fd_close_step(int cs, unsigned char sym, fdp_io *io)
{
    const unsigned char *p = &sym, *pe = p + 1;
    
#line 116 "gen/fd_close.c"
	{
	int _klen;
	unsigned int _trans;
	const char *_acts;
	unsigned int _nacts;
	const unsigned char *_keys;

	if ( p == pe )
		goto _test_eof;
_resume:
	_keys = _fd_close_trans_keys + _fd_close_key_offsets[cs];
	_trans = _fd_close_index_offsets[cs];

	_klen = _fd_close_single_lengths[cs];
	if ( _klen > 0 ) {
		const unsigned char *_lower = _keys;
		const unsigned char *_mid;
		const unsigned char *_upper = _keys + _klen - 1;
		while (1) {
			if ( _upper < _lower )
				break;

			_mid = _lower + ((_upper-_lower) >> 1);
			if ( (*p) < *_mid )
				_upper = _mid - 1;
			else if ( (*p) > *_mid )
				_lower = _mid + 1;
			else {
				_trans += (unsigned int)(_mid - _keys);
				goto _match;
			}
		}
		_keys += _klen;
		_trans += _klen;
	}

	_klen = _fd_close_range_lengths[cs];
	if ( _klen > 0 ) {
		const unsigned char *_lower = _keys;
		const unsigned char *_mid;
		const unsigned char *_upper = _keys + (_klen<<1) - 2;
		while (1) {
			if ( _upper < _lower )
				break;

			_mid = _lower + (((_upper-_lower) >> 1) & ~1);
			if ( (*p) < _mid[0] )
				_upper = _mid - 2;
			else if ( (*p) > _mid[1] )
				_lower = _mid + 2;
			else {
				_trans += (unsigned int)((_mid - _keys)>>1);
				goto _match;
			}
		}
		_trans += _klen;
	}

_match:
	_trans = _fd_close_indicies[_trans];
	cs = _fd_close_trans_targs[_trans];

	if ( _fd_close_trans_actions[_trans] == 0 )
		goto _again;

	_acts = _fd_close_actions + _fd_close_trans_actions[_trans];
	_nacts = (unsigned int) *_acts++;
	while ( _nacts-- > 0 )
	{
		switch ( *_acts++ )
		{
	case 0:
#line 27 "spec/rules.rl"
	{ FDP_WHY(CLOSE1); }
	break;
	case 1:
#line 28 "spec/rules.rl"
	{ FDP_WHY(CLOSE2); }
	break;
	case 2:
#line 30 "spec/rules.rl"
	{ FDP_WHY(CLOSE4); }
	break;
	case 3:
#line 39 "spec/rules.rl"
	{ FDP_WHY(S1); }
	break;
	case 4:
#line 40 "spec/rules.rl"
	{ FDP_WHY(S2); }
	break;
	case 5:
#line 46 "spec/rules.rl"
	{ FDP_WHY(S8); }
	break;
	case 6:
#line 54 "spec/rules.rl"
	{ FDP_WHY(S16); }
	break;
	case 7:
#line 66 "spec/rules.rl"
	{ FDP_WHY(D2); }
	break;
	case 8:
#line 67 "spec/rules.rl"
	{ FDP_WHY(D3); }
	break;
	case 9:
#line 71 "spec/rules.rl"
	{ FDP_WHY(D8); }
	break;
	case 10:
#line 8 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
	case 11:
#line 11 "spec/actions.rl"
	{ FDP_POST(FDP_WSAECONNRESET); }
	break;
	case 12:
#line 13 "spec/actions.rl"
	{ FDP_POST(*io->kept); }
	break;
	case 13:
#line 19 "spec/actions.rl"
	{ *io->kept = (uint16_t)(io->in_err == FDP_WSAENETDOWN ||
                                             io->in_err == FDP_WSAECONNRESET
                                             ? io->in_err : FDP_WSAECONNABORTED); }
	break;
#line 231 "gen/fd_close.c"
		}
	}

_again:
	if ( ++p != pe )
		goto _resume;
	_test_eof: {}
	}

#line 228 "spec/fd_close.rl"
    (void)p; (void)pe;
    return cs;
}
