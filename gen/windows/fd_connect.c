
#line 1 "spec/windows/fd_connect.rl"

#line 2 "gen/windows/fd_connect.c"
static const char _fd_connect_windows_actions[] = {
	0, 1, 2, 1, 3, 1, 4, 1, 
	5, 1, 6, 1, 7, 2, 0, 9, 
	2, 0, 10, 2, 1, 9, 2, 1, 
	10, 2, 7, 10, 2, 8, 9, 2, 
	8, 10
};

static const char _fd_connect_windows_key_offsets[] = {
	0, 9, 9, 19, 27, 34
};

static const unsigned char _fd_connect_windows_trans_keys[] = {
	1u, 3u, 15u, 23u, 36u, 14u, 16u, 30u, 
	31u, 1u, 3u, 4u, 14u, 15u, 16u, 23u, 
	30u, 31u, 36u, 3u, 4u, 14u, 16u, 23u, 
	30u, 31u, 36u, 3u, 14u, 16u, 23u, 36u, 
	30u, 31u, 0
};

static const char _fd_connect_windows_single_lengths[] = {
	5, 0, 10, 8, 5, 0
};

static const char _fd_connect_windows_range_lengths[] = {
	2, 0, 0, 0, 1, 0
};

static const char _fd_connect_windows_index_offsets[] = {
	0, 8, 9, 20, 29, 36
};

static const char _fd_connect_windows_trans_targs[] = {
	1, 2, 4, 5, 5, 0, 0, 0, 
	1, 1, 2, 0, 2, 3, 2, 5, 
	2, 2, 5, 2, 3, 4, 2, 3, 
	5, 2, 2, 5, 3, 3, 0, 4, 
	5, 5, 0, 4, 5, 0
};

static const char _fd_connect_windows_trans_actions[] = {
	9, 7, 1, 5, 11, 7, 7, 0, 
	9, 9, 7, 1, 13, 3, 16, 5, 
	28, 31, 11, 0, 7, 1, 28, 31, 
	5, 19, 22, 25, 0, 7, 7, 7, 
	5, 11, 7, 0, 11, 0
};

static const int fd_connect_windows_start = 0;


#line 65 "spec/windows/fd_connect.rl"


static int fd_connect_windows_step(int cs, unsigned char sym, fdp_io *io)
{
    const unsigned char *p = &sym, *pe = p + 1;
    
#line 57 "gen/windows/fd_connect.c"
	{
	int _klen;
	unsigned int _trans;
	const char *_acts;
	unsigned int _nacts;
	const unsigned char *_keys;

	if ( p == pe )
		goto _test_eof;
_resume:
	_keys = _fd_connect_windows_trans_keys + _fd_connect_windows_key_offsets[cs];
	_trans = _fd_connect_windows_index_offsets[cs];

	_klen = _fd_connect_windows_single_lengths[cs];
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

	_klen = _fd_connect_windows_range_lengths[cs];
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
	cs = _fd_connect_windows_trans_targs[_trans];

	if ( _fd_connect_windows_trans_actions[_trans] == 0 )
		goto _again;

	_acts = _fd_connect_windows_actions + _fd_connect_windows_trans_actions[_trans];
	_nacts = (unsigned int) *_acts++;
	while ( _nacts-- > 0 )
	{
		switch ( *_acts++ )
		{
	case 0:
#line 24 "spec/rules.rl"
	{ FDP_WHY(CONNECT2); }
	break;
	case 1:
#line 26 "spec/rules.rl"
	{ FDP_WHY(CONNECT4); }
	break;
	case 2:
#line 39 "spec/rules.rl"
	{ FDP_WHY(S1); }
	break;
	case 3:
#line 45 "spec/rules.rl"
	{ FDP_WHY(S7); }
	break;
	case 4:
#line 54 "spec/rules.rl"
	{ FDP_WHY(S16); }
	break;
	case 5:
#line 61 "spec/rules.rl"
	{ FDP_WHY(W3); }
	break;
	case 6:
#line 62 "spec/rules.rl"
	{ FDP_WHY(W4); }
	break;
	case 7:
#line 66 "spec/rules.rl"
	{ FDP_WHY(D2); }
	break;
	case 8:
#line 69 "spec/rules.rl"
	{ FDP_WHY(D5); }
	break;
	case 9:
#line 8 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
	case 10:
#line 10 "spec/actions.rl"
	{ FDP_POST(io->in_err); }
	break;
#line 160 "gen/windows/fd_connect.c"
		}
	}

_again:
	if ( ++p != pe )
		goto _resume;
	_test_eof: {}
	}

#line 71 "spec/windows/fd_connect.rl"
    (void)p; (void)pe;
    return cs;
}
