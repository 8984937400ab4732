
#line 1 "spec/windows/fd_connect.rl"

#line 2 "gen/windows/fd_connect.c"
static const unsigned char _fd_connect_windows_trans_keys[] = {
	1u, 46u, 23u, 42u, 0u, 0u, 3u, 46u, 3u, 50u, 1u, 46u, 3u, 46u, 3u, 46u, 
	3u, 46u, 3u, 46u, 3u, 50u, 3u, 50u, 3u, 46u, 1u, 46u, 0
};

static const char _fd_connect_windows_key_spans[] = {
	46, 20, 0, 44, 48, 46, 44, 44, 
	44, 44, 48, 48, 44, 46
};

static const short _fd_connect_windows_index_offsets[] = {
	0, 47, 68, 69, 114, 163, 210, 255, 
	300, 345, 390, 439, 488, 533
};

static const char _fd_connect_windows_indicies[] = {
	1, 0, 2, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 3, 4, 5, 
	0, 0, 0, 0, 0, 0, 6, 0, 
	0, 0, 0, 0, 0, 3, 5, 0, 
	0, 0, 0, 7, 0, 0, 0, 0, 
	0, 8, 0, 0, 0, 3, 0, 6, 
	1, 1, 1, 1, 1, 1, 1, 1, 
	1, 1, 1, 1, 7, 1, 1, 1, 
	1, 1, 9, 1, 7, 11, 11, 10, 
	10, 10, 10, 10, 10, 10, 10, 10, 
	10, 10, 10, 10, 10, 10, 10, 10, 
	10, 6, 10, 10, 10, 10, 10, 10, 
	10, 10, 10, 10, 10, 10, 7, 10, 
	10, 10, 10, 10, 9, 11, 10, 10, 
	12, 10, 11, 11, 13, 13, 13, 13, 
	13, 13, 13, 13, 13, 13, 13, 13, 
	13, 13, 13, 13, 13, 13, 6, 13, 
	13, 13, 13, 13, 13, 13, 13, 13, 
	13, 13, 13, 7, 13, 13, 13, 13, 
	13, 14, 11, 13, 13, 12, 13, 13, 
	13, 15, 13, 1, 16, 2, 17, 16, 
	16, 16, 16, 16, 16, 16, 16, 16, 
	18, 19, 20, 16, 16, 16, 16, 16, 
	16, 6, 16, 16, 16, 16, 16, 16, 
	21, 22, 16, 16, 16, 16, 7, 16, 
	16, 16, 16, 16, 8, 17, 16, 16, 
	18, 16, 24, 4, 23, 23, 23, 23, 
	23, 23, 23, 23, 23, 21, 23, 25, 
	23, 23, 23, 23, 23, 23, 6, 23, 
	23, 23, 23, 23, 23, 26, 27, 23, 
	23, 23, 23, 28, 23, 23, 23, 23, 
	23, 29, 4, 23, 23, 21, 23, 24, 
	30, 30, 30, 30, 30, 30, 30, 30, 
	30, 30, 3, 30, 31, 30, 30, 30, 
	30, 30, 30, 6, 30, 30, 30, 30, 
	30, 30, 3, 5, 30, 30, 30, 30, 
	7, 30, 30, 30, 30, 30, 29, 30, 
	30, 30, 3, 30, 2, 33, 32, 32, 
	32, 32, 32, 32, 32, 32, 32, 3, 
	4, 5, 32, 32, 32, 32, 32, 32, 
	6, 32, 32, 32, 32, 32, 32, 3, 
	5, 32, 32, 32, 32, 7, 32, 32, 
	32, 32, 32, 34, 33, 32, 32, 3, 
	32, 2, 36, 35, 35, 35, 35, 35, 
	35, 35, 35, 35, 3, 4, 5, 35, 
	35, 35, 35, 35, 35, 6, 35, 35, 
	35, 35, 35, 35, 3, 5, 35, 35, 
	35, 35, 7, 35, 35, 35, 35, 35, 
	37, 36, 35, 35, 3, 35, 2, 36, 
	38, 38, 38, 38, 38, 38, 38, 38, 
	38, 39, 40, 41, 38, 38, 38, 38, 
	38, 38, 6, 38, 38, 38, 38, 38, 
	38, 39, 41, 38, 38, 38, 38, 7, 
	38, 38, 38, 38, 38, 37, 36, 38, 
	38, 39, 38, 38, 38, 42, 38, 2, 
	33, 43, 43, 43, 43, 43, 43, 43, 
	43, 43, 39, 40, 41, 43, 43, 43, 
	43, 43, 43, 6, 43, 43, 43, 43, 
	43, 43, 39, 41, 43, 43, 43, 43, 
	7, 43, 43, 43, 43, 43, 34, 33, 
	43, 43, 39, 43, 43, 43, 42, 43, 
	24, 4, 44, 44, 44, 44, 44, 44, 
	44, 44, 44, 45, 44, 46, 44, 44, 
	44, 44, 44, 44, 6, 44, 44, 44, 
	44, 44, 44, 45, 46, 44, 44, 44, 
	44, 28, 44, 44, 44, 44, 44, 47, 
	4, 44, 44, 45, 44, 1, 48, 2, 
	17, 48, 48, 48, 48, 48, 48, 48, 
	48, 48, 49, 40, 50, 48, 48, 48, 
	48, 48, 48, 6, 48, 48, 48, 48, 
	48, 48, 49, 50, 48, 48, 48, 48, 
	7, 48, 48, 48, 48, 48, 42, 17, 
	48, 48, 49, 48, 0
};

static const char _fd_connect_windows_trans_targs[] = {
	0, 1, 5, 8, 7, 9, 2, 2, 
	13, 3, 3, 1, 4, 4, 4, 3, 
	5, 0, 5, 6, 5, 5, 5, 6, 
	6, 6, 5, 5, 2, 12, 7, 7, 
	8, 8, 11, 9, 9, 10, 10, 11, 
	12, 10, 13, 11, 12, 11, 10, 12, 
	13, 11, 10
};

static const char _fd_connect_windows_trans_actions[] = {
	0, 1, 2, 3, 4, 5, 6, 7, 
	8, 9, 1, 0, 10, 1, 11, 12, 
	0, 4, 13, 14, 15, 16, 17, 0, 
	2, 17, 18, 19, 20, 8, 0, 2, 
	0, 4, 21, 0, 4, 22, 0, 16, 
	14, 23, 12, 0, 0, 18, 24, 12, 
	0, 13, 25
};

static const int fd_connect_windows_start = 0;


#line 147 "spec/windows/fd_connect.rl"


static int fd_connect_windows_step(int cs, unsigned char sym, fdp_io *io)
{
    const unsigned char *p = &sym, *pe = p + 1;
    
#line 120 "gen/windows/fd_connect.c"
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
	case 4:
#line 40 "spec/rules.rl"
	{ FDP_WHY(S1); }
	break;
	case 14:
#line 46 "spec/rules.rl"
	{ FDP_WHY(S7); }
	break;
	case 6:
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
	case 7:
#line 67 "spec/rules.rl"
	{ FDP_WHY(D2); }
	break;
	case 8:
#line 76 "spec/rules.rl"
	{ FDP_WHY(E1); }
	break;
	case 12:
#line 83 "spec/rules.rl"
	{ FDP_WHY(E7B); }
	break;
	case 9:
#line 86 "spec/rules.rl"
	{ FDP_WHY(E7E); }
	break;
	case 13:
#line 25 "spec/rules.rl"
	{ FDP_WHY(CONNECT2); }
#line 9 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
	case 15:
#line 25 "spec/rules.rl"
	{ FDP_WHY(CONNECT2); }
#line 11 "spec/actions.rl"
	{ FDP_POST(io->in_err); }
	break;
	case 18:
#line 27 "spec/rules.rl"
	{ FDP_WHY(CONNECT4); }
#line 9 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
	case 19:
#line 27 "spec/rules.rl"
	{ FDP_WHY(CONNECT4); }
#line 11 "spec/actions.rl"
	{ FDP_POST(io->in_err); }
	break;
	case 3:
#line 62 "spec/rules.rl"
	{ FDP_WHY(W3); }
#line 85 "spec/rules.rl"
	{ FDP_WHY(E7D); }
	break;
	case 20:
#line 67 "spec/rules.rl"
	{ FDP_WHY(D2); }
#line 15 "spec/actions.rl"
	{ FDP_POST(FDP_WSAENETUNREACH); }
	break;
	case 16:
#line 70 "spec/rules.rl"
	{ FDP_WHY(D5); }
#line 9 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
	case 17:
#line 70 "spec/rules.rl"
	{ FDP_WHY(D5); }
#line 11 "spec/actions.rl"
	{ FDP_POST(io->in_err); }
	break;
	case 11:
#line 83 "spec/rules.rl"
	{ FDP_WHY(E7B); }
#line 9 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
	case 21:
#line 85 "spec/rules.rl"
	{ FDP_WHY(E7D); }
#line 9 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
	case 22:
#line 85 "spec/rules.rl"
	{ FDP_WHY(E7D); }
#line 14 "spec/actions.rl"
	{ FDP_POST(*io->kept); }
	break;
	case 10:
#line 86 "spec/rules.rl"
	{ FDP_WHY(E7E); }
#line 9 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
	case 25:
#line 25 "spec/rules.rl"
	{ FDP_WHY(CONNECT2); }
#line 16 "spec/actions.rl"
	{ *io->kept = io->in_err; }
#line 11 "spec/actions.rl"
	{ FDP_POST(io->in_err); }
	break;
	case 24:
#line 27 "spec/rules.rl"
	{ FDP_WHY(CONNECT4); }
#line 16 "spec/actions.rl"
	{ *io->kept = io->in_err; }
#line 11 "spec/actions.rl"
	{ FDP_POST(io->in_err); }
	break;
	case 5:
#line 62 "spec/rules.rl"
	{ FDP_WHY(W3); }
#line 85 "spec/rules.rl"
	{ FDP_WHY(E7D); }
#line 16 "spec/actions.rl"
	{ *io->kept = io->in_err; }
	break;
	case 23:
#line 70 "spec/rules.rl"
	{ FDP_WHY(D5); }
#line 16 "spec/actions.rl"
	{ *io->kept = io->in_err; }
#line 11 "spec/actions.rl"
	{ FDP_POST(io->in_err); }
	break;
#line 237 "gen/windows/fd_connect.c"
	}

_again:
	if ( ++p != pe )
		goto _resume;
	_test_eof: {}
	}

#line 153 "spec/windows/fd_connect.rl"
    (void)p; (void)pe;
    return cs;
}
