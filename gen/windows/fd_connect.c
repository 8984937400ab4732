
#line 1 "spec/windows/fd_connect.rl"

#line 2 "gen/windows/fd_connect.c"
static const unsigned char _fd_connect_windows_trans_keys[] = {
	1u, 46u, 0u, 0u, 1u, 46u, 3u, 46u, 3u, 46u, 0u, 0u, 0
};

static const char _fd_connect_windows_key_spans[] = {
	46, 0, 46, 44, 44, 0
};

static const unsigned char _fd_connect_windows_index_offsets[] = {
	0, 47, 48, 95, 140, 185
};

static const char _fd_connect_windows_indicies[] = {
	1, 0, 2, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 3, 4, 3, 
	0, 0, 0, 0, 0, 0, 5, 0, 
	0, 0, 0, 0, 0, 3, 3, 0, 
	0, 0, 0, 6, 0, 0, 0, 0, 
	0, 2, 0, 0, 0, 3, 0, 1, 
	1, 7, 2, 8, 7, 7, 7, 7, 
	7, 7, 7, 7, 7, 9, 10, 11, 
	7, 7, 7, 7, 7, 7, 5, 7, 
	7, 7, 7, 7, 7, 12, 13, 7, 
	7, 7, 7, 6, 7, 7, 7, 7, 
	7, 2, 8, 7, 7, 9, 7, 15, 
	4, 14, 14, 14, 14, 14, 14, 14, 
	14, 14, 12, 14, 16, 14, 14, 14, 
	14, 14, 14, 5, 14, 14, 14, 14, 
	14, 14, 17, 18, 14, 14, 14, 14, 
	19, 14, 14, 14, 14, 14, 15, 4, 
	14, 14, 12, 14, 15, 20, 20, 20, 
	20, 20, 20, 20, 20, 20, 20, 3, 
	20, 21, 20, 20, 20, 20, 20, 20, 
	5, 20, 20, 20, 20, 20, 20, 3, 
	3, 20, 20, 20, 20, 6, 20, 20, 
	20, 20, 20, 15, 20, 20, 20, 3, 
	20, 6, 0
};

static const char _fd_connect_windows_trans_targs[] = {
	0, 1, 2, 0, 4, 5, 5, 2, 
	0, 2, 3, 2, 2, 2, 3, 3, 
	3, 2, 2, 5, 4, 4
};

static const char _fd_connect_windows_trans_actions[] = {
	0, 1, 2, 2, 3, 4, 5, 0, 
	3, 6, 7, 8, 9, 10, 0, 2, 
	10, 11, 12, 13, 0, 2
};

static const int fd_connect_windows_start = 0;


#line 62 "spec/windows/fd_connect.rl"


static int fd_connect_windows_step(int cs, unsigned char sym, fdp_io *io)
{
    const unsigned char *p = &sym, *pe = p + 1;
    
#line 60 "gen/windows/fd_connect.c"
	{
	int _slen;
	int _trans;
	const unsigned char *_keys;
	const char *_inds;
	if ( p == pe )
		goto _test_eof;
_resume:
	_keys = _fd_connect_windows_trans_keys + (cs<<1);
	_inds = _fd_connect_windows_indicies + _fd_connect_windows_index_offsets[cs];

	_slen = _fd_connect_windows_key_spans[cs];
	_trans = _inds[ _slen > 0 && _keys[0] <=(*p) &&
		(*p) <= _keys[1] ?
		(*p) - _keys[0] : _slen ];

	cs = _fd_connect_windows_trans_targs[_trans];

	if ( _fd_connect_windows_trans_actions[_trans] == 0 )
		goto _again;

	switch ( _fd_connect_windows_trans_actions[_trans] ) {
	case 3:
#line 40 "spec/rules.rl"
	{ FDP_WHY(S1); }
	break;
	case 7:
#line 46 "spec/rules.rl"
	{ FDP_WHY(S7); }
	break;
	case 4:
#line 55 "spec/rules.rl"
	{ FDP_WHY(S16); }
	break;
	case 2:
#line 62 "spec/rules.rl"
	{ FDP_WHY(W3); }
	break;
	case 1:
#line 63 "spec/rules.rl"
	{ FDP_WHY(W4); }
	break;
	case 5:
#line 67 "spec/rules.rl"
	{ FDP_WHY(D2); }
	break;
	case 6:
#line 25 "spec/rules.rl"
	{ FDP_WHY(CONNECT2); }
#line 9 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
	case 8:
#line 25 "spec/rules.rl"
	{ FDP_WHY(CONNECT2); }
#line 11 "spec/actions.rl"
	{ FDP_POST(io->in_err); }
	break;
	case 11:
#line 27 "spec/rules.rl"
	{ FDP_WHY(CONNECT4); }
#line 9 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
	case 12:
#line 27 "spec/rules.rl"
	{ FDP_WHY(CONNECT4); }
#line 11 "spec/actions.rl"
	{ FDP_POST(io->in_err); }
	break;
	case 13:
#line 67 "spec/rules.rl"
	{ FDP_WHY(D2); }
#line 15 "spec/actions.rl"
	{ FDP_POST(FDP_WSAENETUNREACH); }
	break;
	case 9:
#line 70 "spec/rules.rl"
	{ FDP_WHY(D5); }
#line 9 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
	case 10:
#line 70 "spec/rules.rl"
	{ FDP_WHY(D5); }
#line 11 "spec/actions.rl"
	{ FDP_POST(io->in_err); }
	break;
#line 128 "gen/windows/fd_connect.c"
	}

_again:
	if ( ++p != pe )
		goto _resume;
	_test_eof: {}
	}

#line 68 "spec/windows/fd_connect.rl"
    (void)p; (void)pe;
    return cs;
}
