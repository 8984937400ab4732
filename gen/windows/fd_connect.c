
#line 1 "spec/windows/fd_connect.rl"

#line 2 "gen/windows/fd_connect.c"
static const unsigned char _fd_connect_windows_trans_keys[] = {
	1u, 46u, 14u, 46u, 3u, 42u, 4u, 43u, 0u, 0u, 3u, 50u, 3u, 46u, 3u, 46u, 
	3u, 46u, 1u, 46u, 3u, 46u, 3u, 46u, 3u, 46u, 3u, 46u, 3u, 46u, 3u, 50u, 
	1u, 46u, 0
};

static const char _fd_connect_windows_key_spans[] = {
	46, 33, 40, 40, 0, 48, 44, 44, 
	44, 46, 44, 44, 44, 44, 44, 48, 
	46
};

static const short _fd_connect_windows_index_offsets[] = {
	0, 47, 81, 122, 163, 164, 213, 258, 
	303, 348, 395, 440, 485, 530, 575, 620, 
	669
};

static const char _fd_connect_windows_indicies[] = {
	1, 0, 2, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 3, 4, 5, 
	0, 0, 0, 0, 0, 0, 6, 0, 
	0, 0, 0, 0, 0, 3, 5, 0, 
	0, 0, 0, 7, 0, 0, 0, 0, 
	0, 8, 0, 0, 0, 3, 0, 9, 
	1, 1, 1, 1, 1, 1, 1, 1, 
	6, 1, 1, 1, 1, 1, 1, 9, 
	1, 1, 1, 1, 1, 7, 1, 1, 
	1, 1, 1, 10, 1, 1, 1, 9, 
	1, 12, 11, 11, 11, 11, 11, 11, 
	11, 11, 11, 11, 11, 13, 1, 11, 
	11, 11, 11, 11, 11, 6, 11, 11, 
	11, 11, 11, 11, 11, 1, 11, 11, 
	11, 11, 7, 11, 11, 11, 11, 11, 
	14, 11, 15, 12, 12, 12, 12, 12, 
	12, 12, 12, 12, 12, 1, 1, 12, 
	12, 12, 12, 12, 12, 6, 12, 12, 
	12, 12, 12, 12, 12, 1, 12, 12, 
	12, 12, 7, 12, 12, 12, 12, 12, 
	14, 15, 12, 7, 17, 17, 16, 16, 
	16, 16, 16, 16, 16, 16, 16, 18, 
	19, 20, 16, 16, 16, 16, 16, 16, 
	6, 16, 16, 16, 16, 16, 16, 18, 
	20, 16, 16, 16, 16, 7, 16, 16, 
	16, 16, 16, 21, 15, 16, 16, 18, 
	16, 16, 16, 22, 16, 17, 17, 23, 
	23, 23, 23, 23, 23, 23, 23, 23, 
	24, 23, 25, 23, 23, 23, 23, 23, 
	23, 6, 23, 23, 23, 23, 23, 23, 
	24, 26, 23, 23, 23, 23, 27, 23, 
	23, 23, 23, 23, 28, 17, 23, 23, 
	24, 23, 17, 17, 29, 29, 29, 29, 
	29, 29, 29, 29, 29, 18, 19, 20, 
	29, 29, 29, 29, 29, 29, 6, 29, 
	29, 29, 29, 29, 29, 18, 20, 29, 
	29, 29, 29, 7, 29, 29, 29, 29, 
	29, 10, 30, 29, 29, 18, 29, 17, 
	31, 31, 31, 31, 31, 31, 31, 31, 
	31, 31, 9, 31, 31, 31, 31, 31, 
	31, 31, 31, 6, 31, 31, 31, 31, 
	31, 31, 9, 31, 31, 31, 31, 31, 
	7, 31, 31, 31, 31, 31, 10, 31, 
	31, 31, 9, 31, 1, 32, 2, 33, 
	32, 32, 32, 32, 32, 32, 32, 32, 
	32, 34, 35, 36, 32, 32, 32, 32, 
	32, 32, 6, 32, 32, 32, 32, 32, 
	32, 34, 36, 32, 32, 32, 32, 7, 
	32, 32, 32, 32, 32, 8, 33, 32, 
	32, 34, 32, 38, 39, 37, 37, 37, 
	37, 37, 37, 37, 37, 37, 40, 35, 
	41, 37, 37, 37, 37, 37, 37, 6, 
	37, 37, 37, 37, 37, 37, 40, 41, 
	37, 37, 37, 37, 7, 37, 37, 37, 
	37, 37, 42, 39, 37, 37, 40, 37, 
	38, 39, 43, 43, 43, 43, 43, 43, 
	43, 43, 43, 3, 4, 44, 43, 43, 
	43, 43, 43, 43, 6, 43, 43, 43, 
	43, 43, 43, 3, 44, 43, 43, 43, 
	43, 7, 43, 43, 43, 43, 43, 42, 
	39, 43, 43, 3, 43, 46, 45, 45, 
	45, 45, 45, 45, 45, 45, 45, 45, 
	3, 45, 47, 45, 45, 45, 45, 45, 
	45, 6, 45, 45, 45, 45, 45, 45, 
	3, 44, 45, 45, 45, 45, 7, 45, 
	45, 45, 45, 45, 48, 45, 45, 45, 
	3, 45, 46, 4, 49, 49, 49, 49, 
	49, 49, 49, 49, 49, 40, 49, 50, 
	49, 49, 49, 49, 49, 49, 6, 49, 
	49, 49, 49, 49, 49, 51, 52, 49, 
	49, 49, 49, 27, 49, 49, 49, 49, 
	49, 48, 4, 49, 49, 40, 49, 46, 
	4, 53, 53, 53, 53, 53, 53, 53, 
	53, 53, 54, 53, 55, 53, 53, 53, 
	53, 53, 53, 6, 53, 53, 53, 53, 
	53, 53, 54, 55, 53, 53, 53, 53, 
	27, 53, 53, 53, 53, 53, 56, 4, 
	53, 53, 54, 53, 2, 39, 57, 57, 
	57, 57, 57, 57, 57, 57, 57, 58, 
	59, 60, 57, 57, 57, 57, 57, 57, 
	6, 57, 57, 57, 57, 57, 57, 58, 
	60, 57, 57, 57, 57, 7, 57, 57, 
	57, 57, 57, 42, 39, 57, 57, 58, 
	57, 57, 57, 61, 57, 1, 62, 2, 
	33, 62, 62, 62, 62, 62, 62, 62, 
	62, 62, 63, 59, 64, 62, 62, 62, 
	62, 62, 62, 6, 62, 62, 62, 62, 
	62, 62, 63, 64, 62, 62, 62, 62, 
	7, 62, 62, 62, 62, 62, 61, 33, 
	62, 62, 63, 62, 0
};

static const char _fd_connect_windows_trans_targs[] = {
	0, 1, 9, 11, 12, 0, 4, 4, 
	16, 2, 7, 2, 3, 1, 5, 2, 
	5, 1, 5, 6, 7, 5, 7, 6, 
	5, 6, 7, 4, 6, 7, 8, 8, 
	9, 0, 10, 13, 9, 10, 10, 11, 
	10, 9, 15, 11, 0, 12, 13, 12, 
	14, 13, 13, 10, 9, 14, 15, 16, 
	14, 15, 15, 14, 16, 16, 16, 15, 
	16
};

static const char _fd_connect_windows_trans_actions[] = {
	0, 1, 2, 3, 4, 5, 6, 7, 
	8, 9, 10, 1, 1, 11, 12, 4, 
	1, 0, 13, 14, 15, 16, 17, 1, 
	18, 19, 20, 21, 10, 1, 4, 1, 
	0, 4, 22, 14, 23, 0, 2, 4, 
	24, 19, 12, 0, 2, 0, 2, 2, 
	8, 0, 19, 18, 20, 0, 18, 20, 
	17, 0, 24, 14, 19, 17, 0, 22, 
	23
};

static const int fd_connect_windows_start = 0;


#line 176 "spec/windows/fd_connect.rl"


static int fd_connect_windows_step(int cs, unsigned char sym, fdp_io *io)
{
    const unsigned char *p = &sym, *pe = p + 1;
    
#line 144 "gen/windows/fd_connect.c"
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
	case 17:
#line 83 "spec/rules.rl"
	{ FDP_WHY(E7B); }
	break;
	case 11:
#line 85 "spec/rules.rl"
	{ FDP_WHY(E7D); }
	break;
	case 10:
#line 86 "spec/rules.rl"
	{ FDP_WHY(E7E); }
	break;
	case 22:
#line 25 "spec/rules.rl"
	{ FDP_WHY(CONNECT2); }
#line 9 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
	case 23:
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
	case 20:
#line 27 "spec/rules.rl"
	{ FDP_WHY(CONNECT4); }
#line 11 "spec/actions.rl"
	{ FDP_POST(io->in_err); }
	break;
	case 21:
#line 67 "spec/rules.rl"
	{ FDP_WHY(D2); }
#line 15 "spec/actions.rl"
	{ FDP_POST(FDP_WSAENETUNREACH); }
	break;
	case 24:
#line 70 "spec/rules.rl"
	{ FDP_WHY(D5); }
#line 9 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
	case 19:
#line 70 "spec/rules.rl"
	{ FDP_WHY(D5); }
#line 11 "spec/actions.rl"
	{ FDP_POST(io->in_err); }
	break;
	case 16:
#line 83 "spec/rules.rl"
	{ FDP_WHY(E7B); }
#line 9 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
	case 3:
#line 85 "spec/rules.rl"
	{ FDP_WHY(E7D); }
#line 62 "spec/rules.rl"
	{ FDP_WHY(W3); }
	break;
	case 9:
#line 85 "spec/rules.rl"
	{ FDP_WHY(E7D); }
#line 63 "spec/rules.rl"
	{ FDP_WHY(W4); }
	break;
	case 12:
#line 85 "spec/rules.rl"
	{ FDP_WHY(E7D); }
#line 9 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
	case 13:
#line 86 "spec/rules.rl"
	{ FDP_WHY(E7E); }
#line 9 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
	case 15:
#line 86 "spec/rules.rl"
	{ FDP_WHY(E7E); }
#line 11 "spec/actions.rl"
	{ FDP_POST(io->in_err); }
	break;
	case 5:
#line 93 "spec/rules.rl"
	{ FDP_WHY(DE5); }
#line 62 "spec/rules.rl"
	{ FDP_WHY(W3); }
	break;
#line 252 "gen/windows/fd_connect.c"
	}

_again:
	if ( ++p != pe )
		goto _resume;
	_test_eof: {}
	}

#line 182 "spec/windows/fd_connect.rl"
    (void)p; (void)pe;
    return cs;
}
