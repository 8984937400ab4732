
#line 1 "spec/windows/fd_close.rl"

#line 2 "gen/windows/fd_close.c"
static const char _fd_close_windows_actions[] = {
	0, 1, 1, 1, 2, 1, 3, 1, 
	4, 1, 5, 1, 7, 1, 8, 2, 
	0, 9, 2, 0, 11, 2, 1, 12, 
	2, 5, 9, 2, 6, 10, 3, 3, 
	12, 11, 3, 7, 12, 11
};

static const char _fd_close_windows_key_offsets[] = {
	0, 7, 7, 13, 20, 20, 22, 24, 
	26, 32
};

static const unsigned char _fd_close_windows_trans_keys[] = {
	1u, 2u, 3u, 14u, 23u, 30u, 36u, 3u, 
	23u, 33u, 34u, 35u, 36u, 3u, 4u, 23u, 
	33u, 34u, 35u, 36u, 3u, 23u, 3u, 23u, 
	3u, 23u, 2u, 4u, 14u, 23u, 30u, 36u, 
	0
};

static const char _fd_close_windows_single_lengths[] = {
	7, 0, 4, 7, 0, 2, 2, 2, 
	6, 0
};

static const char _fd_close_windows_range_lengths[] = {
	0, 0, 1, 0, 0, 0, 0, 0, 
	0, 0
};

static const char _fd_close_windows_index_offsets[] = {
	0, 8, 9, 15, 23, 24, 27, 30, 
	33, 40
};

static const char _fd_close_windows_trans_targs[] = {
	1, 2, 8, 2, 4, 2, 9, 0, 
	1, 3, 4, 5, 6, 7, 2, 3, 
	2, 4, 5, 6, 7, 7, 3, 4, 
	5, 4, 5, 6, 4, 6, 7, 4, 
	7, 3, 0, 3, 4, 3, 9, 8, 
	9, 0
};

static const char _fd_close_windows_trans_actions[] = {
	0, 0, 3, 0, 7, 0, 11, 5, 
	5, 3, 7, 1, 1, 21, 0, 3, 
	1, 7, 24, 27, 30, 34, 0, 7, 
	15, 7, 9, 27, 7, 13, 18, 7, 
	13, 0, 1, 0, 7, 0, 11, 5, 
	11, 0
};

static const int fd_close_windows_start = 0;


#line 77 "spec/windows/fd_close.rl"


static int fd_close_windows_step(int cs, unsigned char sym, fdp_io *io)
{
    const unsigned char *p = &sym, *pe = p + 1;
    
#line 63 "gen/windows/fd_close.c"
	{
	int _klen;
	unsigned int _trans;
	const char *_acts;
	unsigned int _nacts;
	const unsigned char *_keys;

	if ( p == pe )
		goto _test_eof;
_resume:
	_keys = _fd_close_windows_trans_keys + _fd_close_windows_key_offsets[cs];
	_trans = _fd_close_windows_index_offsets[cs];

	_klen = _fd_close_windows_single_lengths[cs];
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

	_klen = _fd_close_windows_range_lengths[cs];
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
	cs = _fd_close_windows_trans_targs[_trans];

	if ( _fd_close_windows_trans_actions[_trans] == 0 )
		goto _again;

	_acts = _fd_close_windows_actions + _fd_close_windows_trans_actions[_trans];
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
#line 39 "spec/rules.rl"
	{ FDP_WHY(S1); }
	break;
	case 2:
#line 40 "spec/rules.rl"
	{ FDP_WHY(S2); }
	break;
	case 3:
#line 46 "spec/rules.rl"
	{ FDP_WHY(S8); }
	break;
	case 4:
#line 54 "spec/rules.rl"
	{ FDP_WHY(S16); }
	break;
	case 5:
#line 59 "spec/rules.rl"
	{ FDP_WHY(W1); }
	break;
	case 6:
#line 60 "spec/rules.rl"
	{ FDP_WHY(W2); }
	break;
	case 7:
#line 66 "spec/rules.rl"
	{ FDP_WHY(D2); }
	break;
	case 8:
#line 71 "spec/rules.rl"
	{ FDP_WHY(D8); }
	break;
	case 9:
#line 8 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
	case 10:
#line 12 "spec/actions.rl"
	{ FDP_POST(FDP_WSAECONNABORTED); }
	break;
	case 11:
#line 13 "spec/actions.rl"
	{ FDP_POST(*io->kept); }
	break;
	case 12:
#line 19 "spec/actions.rl"
	{ *io->kept = (uint16_t)(io->in_err == FDP_WSAENETDOWN ||
                                             io->in_err == FDP_WSAECONNRESET
                                             ? io->in_err : FDP_WSAECONNABORTED); }
	break;
#line 174 "gen/windows/fd_close.c"
		}
	}

_again:
	if ( ++p != pe )
		goto _resume;
	_test_eof: {}
	}

#line 83 "spec/windows/fd_close.rl"
    (void)p; (void)pe;
    return cs;
}
