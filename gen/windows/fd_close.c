
#line 1 "spec/windows/fd_close.rl"

#line 2 "gen/windows/fd_close.c"
static const char _fd_close_windows_actions[] = {
	0, 1, 1, 1, 2, 1, 3, 1, 
	4, 1, 5, 1, 8, 2, 0, 9, 
	2, 0, 12, 2, 1, 13, 2, 5, 
	9, 2, 6, 11, 3, 3, 13, 10, 
	3, 7, 13, 10
};

static const char _fd_close_windows_key_offsets[] = {
	0, 7, 7, 15, 15, 17, 19
};

static const unsigned char _fd_close_windows_trans_keys[] = {
	1u, 3u, 23u, 33u, 34u, 35u, 36u, 1u, 
	3u, 4u, 23u, 33u, 34u, 35u, 36u, 3u, 
	23u, 3u, 23u, 3u, 23u, 0
};

static const char _fd_close_windows_single_lengths[] = {
	5, 0, 8, 0, 2, 2, 2
};

static const char _fd_close_windows_range_lengths[] = {
	1, 0, 0, 0, 0, 0, 0
};

static const char _fd_close_windows_index_offsets[] = {
	0, 7, 8, 17, 18, 21, 24
};

static const char _fd_close_windows_trans_targs[] = {
	1, 2, 3, 4, 5, 6, 0, 1, 
	1, 2, 0, 3, 4, 5, 6, 6, 
	2, 3, 4, 3, 4, 5, 3, 5, 
	6, 3, 6, 0
};

static const char _fd_close_windows_trans_actions[] = {
	0, 3, 7, 1, 1, 19, 0, 5, 
	0, 3, 1, 7, 22, 25, 28, 32, 
	0, 7, 13, 7, 9, 25, 7, 11, 
	16, 7, 11, 0
};

static const int fd_close_windows_start = 0;


#line 56 "spec/windows/fd_close.rl"


static int fd_close_windows_step(int cs, unsigned char sym, fdp_io *io)
{
    const unsigned char *p = &sym, *pe = p + 1;
    
#line 53 "gen/windows/fd_close.c"
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
#line 52 "spec/rules.rl"
	{ FDP_WHY(S16); }
	break;
	case 5:
#line 55 "spec/rules.rl"
	{ FDP_WHY(W1); }
	break;
	case 6:
#line 56 "spec/rules.rl"
	{ FDP_WHY(W2); }
	break;
	case 7:
#line 62 "spec/rules.rl"
	{ FDP_WHY(D2); }
	break;
	case 8:
#line 67 "spec/rules.rl"
	{ FDP_WHY(D8); }
	break;
	case 9:
#line 8 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
	case 10:
#line 10 "spec/actions.rl"
	{ FDP_POST(io->in_err); }
	break;
	case 11:
#line 12 "spec/actions.rl"
	{ FDP_POST(FDP_WSAECONNABORTED); }
	break;
	case 12:
#line 13 "spec/actions.rl"
	{ FDP_POST(*io->kept); }
	break;
	case 13:
#line 14 "spec/actions.rl"
	{ *io->kept = io->in_err; }
	break;
#line 165 "gen/windows/fd_close.c"
		}
	}

_again:
	if ( ++p != pe )
		goto _resume;
	_test_eof: {}
	}

#line 62 "spec/windows/fd_close.rl"
    (void)p; (void)pe;
    return cs;
}
