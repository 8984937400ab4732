
#line 1 "spec/windows/fd_connect.rl"

#line 2 "gen/windows/fd_connect.c"
static const unsigned char _fd_connect_windows_trans_keys[] = {
	1u, 46u, 14u, 46u, 3u, 42u, 0u, 0u, 3u, 50u, 3u, 46u, 3u, 46u, 3u, 46u, 
	1u, 46u, 3u, 46u, 3u, 46u, 3u, 46u, 3u, 46u, 3u, 46u, 3u, 50u, 1u, 46u, 
	0
};

static const char _fd_connect_windows_key_spans[] = {
	46, 33, 40, 0, 48, 44, 44, 44, 
	46, 44, 44, 44, 44, 44, 48, 46
};

static const short _fd_connect_windows_index_offsets[] = {
	0, 47, 81, 122, 123, 172, 217, 262, 
	307, 354, 399, 444, 489, 534, 579, 628
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
	1, 1, 11, 11, 11, 11, 11, 11, 
	11, 11, 11, 11, 11, 11, 1, 11, 
	11, 11, 11, 11, 11, 6, 11, 11, 
	11, 11, 11, 11, 11, 1, 11, 11, 
	11, 11, 7, 11, 11, 11, 11, 11, 
	12, 11, 7, 14, 14, 13, 13, 13, 
	13, 13, 13, 13, 13, 13, 15, 16, 
	17, 13, 13, 13, 13, 13, 13, 6, 
	13, 13, 13, 13, 13, 13, 15, 17, 
	13, 13, 13, 13, 7, 13, 13, 13, 
	13, 13, 18, 19, 13, 13, 15, 13, 
	13, 13, 20, 13, 14, 14, 21, 21, 
	21, 21, 21, 21, 21, 21, 21, 22, 
	21, 23, 21, 21, 21, 21, 21, 21, 
	6, 21, 21, 21, 21, 21, 21, 22, 
	24, 21, 21, 21, 21, 25, 21, 21, 
	21, 21, 21, 26, 14, 21, 21, 22, 
	21, 14, 14, 27, 27, 27, 27, 27, 
	27, 27, 27, 27, 15, 16, 17, 27, 
	27, 27, 27, 27, 27, 6, 27, 27, 
	27, 27, 27, 27, 15, 17, 27, 27, 
	27, 27, 7, 27, 27, 27, 27, 27, 
	10, 28, 27, 27, 15, 27, 14, 29, 
	29, 29, 29, 29, 29, 29, 29, 29, 
	29, 9, 29, 29, 29, 29, 29, 29, 
	29, 29, 6, 29, 29, 29, 29, 29, 
	29, 9, 29, 29, 29, 29, 29, 7, 
	29, 29, 29, 29, 29, 10, 29, 29, 
	29, 9, 29, 1, 30, 2, 31, 30, 
	30, 30, 30, 30, 30, 30, 30, 30, 
	32, 33, 34, 30, 30, 30, 30, 30, 
	30, 6, 30, 30, 30, 30, 30, 30, 
	32, 34, 30, 30, 30, 30, 7, 30, 
	30, 30, 30, 30, 8, 31, 30, 30, 
	32, 30, 36, 37, 35, 35, 35, 35, 
	35, 35, 35, 35, 35, 38, 33, 39, 
	35, 35, 35, 35, 35, 35, 6, 35, 
	35, 35, 35, 35, 35, 38, 39, 35, 
	35, 35, 35, 7, 35, 35, 35, 35, 
	35, 40, 37, 35, 35, 38, 35, 36, 
	37, 41, 41, 41, 41, 41, 41, 41, 
	41, 41, 3, 4, 42, 41, 41, 41, 
	41, 41, 41, 6, 41, 41, 41, 41, 
	41, 41, 3, 42, 41, 41, 41, 41, 
	7, 41, 41, 41, 41, 41, 40, 37, 
	41, 41, 3, 41, 44, 43, 43, 43, 
	43, 43, 43, 43, 43, 43, 43, 3, 
	43, 45, 43, 43, 43, 43, 43, 43, 
	6, 43, 43, 43, 43, 43, 43, 3, 
	42, 43, 43, 43, 43, 7, 43, 43, 
	43, 43, 43, 46, 43, 43, 43, 3, 
	43, 44, 4, 47, 47, 47, 47, 47, 
	47, 47, 47, 47, 38, 47, 48, 47, 
	47, 47, 47, 47, 47, 6, 47, 47, 
	47, 47, 47, 47, 49, 50, 47, 47, 
	47, 47, 25, 47, 47, 47, 47, 47, 
	46, 4, 47, 47, 38, 47, 44, 4, 
	51, 51, 51, 51, 51, 51, 51, 51, 
	51, 52, 51, 53, 51, 51, 51, 51, 
	51, 51, 6, 51, 51, 51, 51, 51, 
	51, 52, 53, 51, 51, 51, 51, 25, 
	51, 51, 51, 51, 51, 54, 4, 51, 
	51, 52, 51, 2, 37, 55, 55, 55, 
	55, 55, 55, 55, 55, 55, 56, 57, 
	58, 55, 55, 55, 55, 55, 55, 6, 
	55, 55, 55, 55, 55, 55, 56, 58, 
	55, 55, 55, 55, 7, 55, 55, 55, 
	55, 55, 40, 37, 55, 55, 56, 55, 
	55, 55, 59, 55, 1, 60, 2, 31, 
	60, 60, 60, 60, 60, 60, 60, 60, 
	60, 61, 57, 62, 60, 60, 60, 60, 
	60, 60, 6, 60, 60, 60, 60, 60, 
	60, 61, 62, 60, 60, 60, 60, 7, 
	60, 60, 60, 60, 60, 59, 31, 60, 
	60, 61, 60, 0
};

static const char _fd_connect_windows_trans_targs[] = {
	0, 1, 8, 10, 11, 0, 3, 3, 
	15, 2, 6, 2, 4, 4, 1, 4, 
	5, 6, 4, 2, 6, 5, 4, 5, 
	6, 3, 5, 6, 7, 7, 8, 0, 
	9, 12, 8, 9, 9, 10, 9, 8, 
	14, 10, 0, 11, 12, 11, 13, 12, 
	12, 9, 8, 13, 14, 15, 13, 14, 
	14, 13, 15, 15, 15, 14, 15
};

static const char _fd_connect_windows_trans_actions[] = {
	0, 1, 2, 3, 4, 5, 6, 7, 
	8, 9, 10, 1, 11, 1, 0, 12, 
	13, 14, 15, 4, 16, 1, 17, 18, 
	19, 20, 10, 1, 4, 1, 0, 4, 
	21, 13, 22, 0, 2, 4, 23, 18, 
	11, 0, 2, 0, 2, 2, 8, 0, 
	18, 17, 19, 0, 17, 19, 16, 0, 
	23, 13, 18, 16, 0, 21, 22
};

static const int fd_connect_windows_start = 0;


#line 168 "spec/windows/fd_connect.rl"


static int fd_connect_windows_step(int cs, unsigned char sym, fdp_io *io)
{
    const unsigned char *p = &sym, *pe = p + 1;
    
#line 135 "gen/windows/fd_connect.c"
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
	case 13:
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
	case 16:
#line 83 "spec/rules.rl"
	{ FDP_WHY(E7B); }
	break;
	case 10:
#line 86 "spec/rules.rl"
	{ FDP_WHY(E7E); }
	break;
	case 21:
#line 25 "spec/rules.rl"
	{ FDP_WHY(CONNECT2); }
#line 9 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
	case 22:
#line 25 "spec/rules.rl"
	{ FDP_WHY(CONNECT2); }
#line 11 "spec/actions.rl"
	{ FDP_POST(io->in_err); }
	break;
	case 17:
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
	case 20:
#line 67 "spec/rules.rl"
	{ FDP_WHY(D2); }
#line 15 "spec/actions.rl"
	{ FDP_POST(FDP_WSAENETUNREACH); }
	break;
	case 23:
#line 70 "spec/rules.rl"
	{ FDP_WHY(D5); }
#line 9 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
	case 18:
#line 70 "spec/rules.rl"
	{ FDP_WHY(D5); }
#line 11 "spec/actions.rl"
	{ FDP_POST(io->in_err); }
	break;
	case 15:
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
	case 11:
#line 85 "spec/rules.rl"
	{ FDP_WHY(E7D); }
#line 9 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
	case 12:
#line 86 "spec/rules.rl"
	{ FDP_WHY(E7E); }
#line 9 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
	case 14:
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
#line 240 "gen/windows/fd_connect.c"
	}

_again:
	if ( ++p != pe )
		goto _resume;
	_test_eof: {}
	}

#line 174 "spec/windows/fd_connect.rl"
    (void)p; (void)pe;
    return cs;
}
