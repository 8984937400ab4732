
#line 1 "spec/fd_close.rl"

#line 2 "gen/fd_close.c"
static const char _fd_close_actions[] = {
	0, 1, 3, 1, 4, 1, 5, 1, 
	6, 1, 8, 1, 9, 2, 0, 10, 
	2, 0, 12, 2, 0, 13, 2, 1, 
	10, 2, 2, 12, 2, 3, 14, 3, 
	5, 14, 11, 3, 7, 14, 11
};

static const char _fd_close_key_offsets[] = {
	0, 9, 9, 19, 29, 38, 38, 46, 
	55, 64, 72, 78, 85, 87, 89
};

static const unsigned char _fd_close_trans_keys[] = {
	1u, 3u, 21u, 23u, 24u, 33u, 34u, 35u, 
	36u, 1u, 3u, 4u, 21u, 23u, 24u, 33u, 
	34u, 35u, 36u, 3u, 4u, 22u, 23u, 24u, 
	26u, 33u, 34u, 35u, 36u, 3u, 22u, 23u, 
	24u, 26u, 33u, 34u, 35u, 36u, 3u, 22u, 
	23u, 25u, 33u, 34u, 35u, 36u, 3u, 4u, 
	22u, 23u, 25u, 33u, 34u, 35u, 36u, 3u, 
	4u, 21u, 23u, 25u, 33u, 34u, 35u, 36u, 
	3u, 21u, 23u, 25u, 33u, 34u, 35u, 36u, 
	3u, 23u, 25u, 34u, 35u, 36u, 3u, 4u, 
	23u, 25u, 34u, 35u, 36u, 3u, 23u, 3u, 
	23u, 3u, 23u, 0
};

static const char _fd_close_single_lengths[] = {
	7, 0, 10, 10, 7, 0, 6, 9, 
	9, 6, 4, 7, 2, 2, 2
};

static const char _fd_close_range_lengths[] = {
	1, 0, 0, 0, 1, 0, 1, 0, 
	0, 1, 1, 0, 0, 0, 0
};

static const char _fd_close_index_offsets[] = {
	0, 9, 10, 21, 32, 41, 42, 50, 
	60, 70, 78, 84, 92, 95, 98
};

static const char _fd_close_indicies[] = {
	1, 2, 3, 4, 5, 6, 7, 8, 
	0, 9, 1, 2, 11, 12, 4, 13, 
	14, 15, 16, 17, 10, 19, 20, 21, 
	4, 22, 22, 14, 15, 16, 17, 18, 
	19, 24, 4, 25, 25, 6, 7, 8, 
	23, 4, 26, 27, 4, 23, 28, 7, 
	8, 25, 26, 29, 30, 4, 18, 31, 
	15, 16, 17, 22, 32, 33, 34, 4, 
	10, 31, 15, 16, 17, 13, 32, 35, 
	4, 0, 28, 7, 8, 5, 31, 4, 
	6, 7, 8, 36, 31, 38, 4, 14, 
	15, 16, 17, 37, 40, 4, 39, 42, 
	4, 41, 44, 4, 43, 0
};

static const char _fd_close_trans_targs[] = {
	0, 1, 2, 4, 5, 9, 12, 13, 
	14, 1, 2, 0, 3, 8, 12, 13, 
	14, 14, 3, 3, 4, 2, 7, 4, 
	0, 6, 7, 9, 10, 6, 8, 11, 
	8, 9, 7, 6, 10, 11, 10, 12, 
	12, 13, 13, 14, 14
};

static const char _fd_close_trans_actions[] = {
	0, 0, 3, 9, 7, 0, 1, 1, 
	28, 5, 0, 1, 9, 0, 22, 25, 
	31, 35, 0, 3, 1, 9, 0, 0, 
	9, 0, 3, 9, 5, 1, 9, 5, 
	3, 1, 9, 9, 0, 0, 1, 11, 
	13, 11, 16, 11, 19
};

static const int fd_close_start = 0;


#line 147 "spec/fd_close.rl"


static int fd_close_step(int cs, unsigned char sym, fdp_io *io)
{
    const unsigned char *p = &sym, *pe = p + 1;
    
#line 86 "gen/fd_close.c"
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
#line 52 "spec/rules.rl"
	{ FDP_WHY(S16); }
	break;
	case 7:
#line 62 "spec/rules.rl"
	{ FDP_WHY(D2); }
	break;
	case 8:
#line 63 "spec/rules.rl"
	{ FDP_WHY(D3); }
	break;
	case 9:
#line 67 "spec/rules.rl"
	{ FDP_WHY(D8); }
	break;
	case 10:
#line 8 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
	case 11:
#line 10 "spec/actions.rl"
	{ FDP_POST(io->in_err); }
	break;
	case 12:
#line 11 "spec/actions.rl"
	{ FDP_POST(FDP_WSAECONNRESET); }
	break;
	case 13:
#line 13 "spec/actions.rl"
	{ FDP_POST(*io->kept); }
	break;
	case 14:
#line 14 "spec/actions.rl"
	{ *io->kept = io->in_err; }
	break;
#line 202 "gen/fd_close.c"
		}
	}

_again:
	if ( ++p != pe )
		goto _resume;
	_test_eof: {}
	}

#line 153 "spec/fd_close.rl"
    (void)p; (void)pe;
    return cs;
}
