
#line 1 "spec/windows/fd_connect.rl"

#line 2 "gen/windows/fd_connect.c"
static const unsigned char _fd_connect_windows_trans_keys[] = {
	1u, 46u, 14u, 46u, 3u, 42u, 4u, 43u, 14u, 46u, 0u, 0u, 3u, 46u, 3u, 50u, 
	3u, 46u, 3u, 46u, 1u, 46u, 3u, 46u, 3u, 46u, 3u, 46u, 3u, 46u, 3u, 46u, 
	3u, 50u, 1u, 46u, 0
};

static const char _fd_connect_windows_key_spans[] = {
	46, 33, 40, 40, 33, 0, 44, 48, 
	44, 44, 46, 44, 44, 44, 44, 44, 
	48, 46
};

static const short _fd_connect_windows_index_offsets[] = {
	0, 47, 81, 122, 163, 197, 198, 243, 
	292, 337, 382, 429, 474, 519, 564, 609, 
	654, 703
};

static const char _fd_connect_windows_indicies[] = {
	1, 0, 2, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 3, 4, 5, 
	0, 0, 0, 0, 0, 0, 6, 0, 
	0, 0, 0, 0, 0, 3, 5, 0, 
	0, 0, 0, 7, 0, 0, 0, 0, 
	0, 8, 0, 0, 0, 3, 0, 9, 
	10, 1, 1, 1, 1, 1, 1, 1, 
	6, 1, 1, 1, 1, 1, 1, 9, 
	1, 1, 1, 1, 1, 7, 1, 1, 
	1, 1, 1, 11, 1, 1, 1, 9, 
	1, 13, 12, 12, 12, 12, 12, 12, 
	12, 12, 12, 12, 12, 10, 1, 12, 
	12, 12, 12, 12, 12, 6, 12, 12, 
	12, 12, 12, 12, 12, 1, 12, 12, 
	12, 12, 7, 12, 12, 12, 12, 12, 
	14, 12, 15, 13, 13, 13, 13, 13, 
	13, 13, 13, 13, 13, 10, 1, 13, 
	13, 13, 13, 13, 13, 6, 13, 13, 
	13, 13, 13, 13, 13, 1, 13, 13, 
	13, 13, 7, 13, 13, 13, 13, 13, 
	14, 15, 13, 9, 16, 16, 16, 16, 
	16, 16, 16, 16, 6, 16, 16, 16, 
	16, 16, 16, 9, 1, 16, 16, 16, 
	16, 7, 16, 16, 16, 16, 16, 17, 
	16, 16, 16, 9, 16, 7, 19, 19, 
	18, 18, 18, 18, 18, 18, 18, 18, 
	18, 20, 18, 21, 18, 18, 18, 18, 
	18, 18, 6, 18, 18, 18, 18, 18, 
	18, 20, 22, 18, 18, 18, 18, 23, 
	18, 18, 18, 18, 18, 17, 19, 18, 
	18, 20, 18, 25, 15, 24, 24, 24, 
	24, 24, 24, 24, 24, 24, 26, 27, 
	28, 24, 24, 24, 24, 24, 24, 6, 
	24, 24, 24, 24, 24, 24, 26, 28, 
	24, 24, 24, 24, 7, 24, 24, 24, 
	24, 24, 29, 15, 24, 24, 26, 24, 
	24, 24, 30, 24, 32, 32, 31, 31, 
	31, 31, 31, 31, 31, 31, 31, 26, 
	27, 28, 31, 31, 31, 31, 31, 31, 
	6, 31, 31, 31, 31, 31, 31, 26, 
	28, 31, 31, 31, 31, 7, 31, 31, 
	31, 31, 31, 11, 33, 31, 31, 26, 
	31, 32, 34, 34, 34, 34, 34, 34, 
	34, 34, 34, 34, 9, 10, 34, 34, 
	34, 34, 34, 34, 34, 6, 34, 34, 
	34, 34, 34, 34, 9, 34, 34, 34, 
	34, 34, 7, 34, 34, 34, 34, 34, 
	11, 34, 34, 34, 9, 34, 1, 35, 
	2, 36, 35, 35, 35, 35, 35, 35, 
	35, 35, 35, 37, 38, 39, 35, 35, 
	35, 35, 35, 35, 6, 35, 35, 35, 
	35, 35, 35, 37, 39, 35, 35, 35, 
	35, 7, 35, 35, 35, 35, 35, 8, 
	36, 35, 35, 37, 35, 41, 42, 40, 
	40, 40, 40, 40, 40, 40, 40, 40, 
	43, 38, 44, 40, 40, 40, 40, 40, 
	40, 6, 40, 40, 40, 40, 40, 40, 
	43, 44, 40, 40, 40, 40, 7, 40, 
	40, 40, 40, 40, 45, 42, 40, 40, 
	43, 40, 41, 42, 46, 46, 46, 46, 
	46, 46, 46, 46, 46, 3, 4, 47, 
	46, 46, 46, 46, 46, 46, 6, 46, 
	46, 46, 46, 46, 46, 3, 47, 46, 
	46, 46, 46, 7, 46, 46, 46, 46, 
	46, 45, 42, 46, 46, 3, 46, 49, 
	48, 48, 48, 48, 48, 48, 48, 48, 
	48, 48, 3, 48, 50, 48, 48, 48, 
	48, 48, 48, 6, 48, 48, 48, 48, 
	48, 48, 3, 47, 48, 48, 48, 48, 
	7, 48, 48, 48, 48, 48, 51, 48, 
	48, 48, 3, 48, 49, 4, 52, 52, 
	52, 52, 52, 52, 52, 52, 52, 43, 
	52, 53, 52, 52, 52, 52, 52, 52, 
	6, 52, 52, 52, 52, 52, 52, 54, 
	55, 52, 52, 52, 52, 23, 52, 52, 
	52, 52, 52, 51, 4, 52, 52, 43, 
	52, 49, 4, 56, 56, 56, 56, 56, 
	56, 56, 56, 56, 57, 56, 58, 56, 
	56, 56, 56, 56, 56, 6, 56, 56, 
	56, 56, 56, 56, 57, 59, 56, 56, 
	56, 56, 23, 56, 56, 56, 56, 56, 
	60, 4, 56, 56, 57, 56, 62, 42, 
	61, 61, 61, 61, 61, 61, 61, 61, 
	61, 63, 64, 65, 61, 61, 61, 61, 
	61, 61, 6, 61, 61, 61, 61, 61, 
	61, 63, 65, 61, 61, 61, 61, 7, 
	61, 61, 61, 61, 61, 45, 42, 61, 
	61, 63, 61, 61, 61, 66, 61, 1, 
	67, 2, 36, 67, 67, 67, 67, 67, 
	67, 67, 67, 67, 68, 64, 69, 67, 
	67, 67, 67, 67, 67, 6, 67, 67, 
	67, 67, 67, 67, 68, 69, 67, 67, 
	67, 67, 7, 67, 67, 67, 67, 67, 
	66, 36, 67, 67, 68, 67, 0
};

static const char _fd_connect_windows_trans_targs[] = {
	0, 1, 10, 12, 13, 0, 5, 5, 
	17, 2, 4, 8, 2, 3, 7, 2, 
	4, 6, 6, 4, 7, 6, 8, 5, 
	7, 3, 7, 6, 8, 7, 8, 8, 
	1, 9, 9, 10, 0, 11, 14, 10, 
	11, 11, 12, 11, 10, 16, 12, 0, 
	13, 14, 13, 15, 14, 14, 11, 10, 
	15, 16, 15, 17, 15, 16, 11, 16, 
	15, 17, 17, 17, 16, 17
};

static const char _fd_connect_windows_trans_actions[] = {
	0, 1, 2, 3, 4, 5, 6, 7, 
	8, 9, 10, 11, 1, 1, 12, 4, 
	1, 11, 1, 0, 13, 14, 15, 16, 
	1, 17, 18, 19, 20, 21, 22, 1, 
	0, 4, 1, 0, 4, 23, 19, 24, 
	0, 2, 4, 25, 14, 12, 0, 2, 
	0, 2, 2, 8, 0, 14, 13, 15, 
	0, 13, 14, 15, 22, 0, 26, 25, 
	19, 14, 22, 0, 23, 24
};

static const int fd_connect_windows_start = 0;


#line 185 "spec/windows/fd_connect.rl"


static int fd_connect_windows_step(int cs, unsigned char sym, fdp_io *io)
{
    const unsigned char *p = &sym, *pe = p + 1;
    
#line 148 "gen/windows/fd_connect.c"
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
	case 19:
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
	case 22:
#line 83 "spec/rules.rl"
	{ FDP_WHY(E7B); }
	break;
	case 10:
#line 85 "spec/rules.rl"
	{ FDP_WHY(E7D); }
	break;
	case 11:
#line 86 "spec/rules.rl"
	{ FDP_WHY(E7E); }
	break;
	case 23:
#line 25 "spec/rules.rl"
	{ FDP_WHY(CONNECT2); }
#line 9 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
	case 24:
#line 25 "spec/rules.rl"
	{ FDP_WHY(CONNECT2); }
#line 11 "spec/actions.rl"
	{ FDP_POST(io->in_err); }
	break;
	case 13:
#line 27 "spec/rules.rl"
	{ FDP_WHY(CONNECT4); }
#line 9 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
	case 15:
#line 27 "spec/rules.rl"
	{ FDP_WHY(CONNECT4); }
#line 11 "spec/actions.rl"
	{ FDP_POST(io->in_err); }
	break;
	case 26:
#line 62 "spec/rules.rl"
	{ FDP_WHY(W3); }
#line 94 "spec/rules.rl"
	{ FDP_WHY(DE6); }
	break;
	case 17:
#line 63 "spec/rules.rl"
	{ FDP_WHY(W4); }
#line 94 "spec/rules.rl"
	{ FDP_WHY(DE6); }
	break;
	case 16:
#line 67 "spec/rules.rl"
	{ FDP_WHY(D2); }
#line 15 "spec/actions.rl"
	{ FDP_POST(FDP_WSAENETUNREACH); }
	break;
	case 25:
#line 70 "spec/rules.rl"
	{ FDP_WHY(D5); }
#line 9 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
	case 14:
#line 70 "spec/rules.rl"
	{ FDP_WHY(D5); }
#line 11 "spec/actions.rl"
	{ FDP_POST(io->in_err); }
	break;
	case 21:
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
	case 18:
#line 86 "spec/rules.rl"
	{ FDP_WHY(E7E); }
#line 9 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
	case 20:
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
#line 264 "gen/windows/fd_connect.c"
	}

_again:
	if ( ++p != pe )
		goto _resume;
	_test_eof: {}
	}

#line 191 "spec/windows/fd_connect.rl"
    (void)p; (void)pe;
    return cs;
}
