
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
	18, 20, 18, 13, 15, 24, 24, 24, 
	24, 24, 24, 24, 24, 24, 25, 26, 
	27, 24, 24, 24, 24, 24, 24, 6, 
	24, 24, 24, 24, 24, 24, 25, 27, 
	24, 24, 24, 24, 7, 24, 24, 24, 
	24, 24, 28, 15, 24, 24, 25, 24, 
	24, 24, 29, 24, 31, 31, 30, 30, 
	30, 30, 30, 30, 30, 30, 30, 25, 
	26, 27, 30, 30, 30, 30, 30, 30, 
	6, 30, 30, 30, 30, 30, 30, 25, 
	27, 30, 30, 30, 30, 7, 30, 30, 
	30, 30, 30, 11, 32, 30, 30, 25, 
	30, 31, 33, 33, 33, 33, 33, 33, 
	33, 33, 33, 33, 9, 10, 33, 33, 
	33, 33, 33, 33, 33, 6, 33, 33, 
	33, 33, 33, 33, 9, 33, 33, 33, 
	33, 33, 7, 33, 33, 33, 33, 33, 
	11, 33, 33, 33, 9, 33, 1, 34, 
	2, 35, 34, 34, 34, 34, 34, 34, 
	34, 34, 34, 36, 37, 38, 34, 34, 
	34, 34, 34, 34, 6, 34, 34, 34, 
	34, 34, 34, 36, 38, 34, 34, 34, 
	34, 7, 34, 34, 34, 34, 34, 8, 
	35, 34, 34, 36, 34, 40, 41, 39, 
	39, 39, 39, 39, 39, 39, 39, 39, 
	42, 37, 43, 39, 39, 39, 39, 39, 
	39, 6, 39, 39, 39, 39, 39, 39, 
	42, 43, 39, 39, 39, 39, 7, 39, 
	39, 39, 39, 39, 44, 41, 39, 39, 
	42, 39, 40, 41, 45, 45, 45, 45, 
	45, 45, 45, 45, 45, 3, 4, 46, 
	45, 45, 45, 45, 45, 45, 6, 45, 
	45, 45, 45, 45, 45, 3, 46, 45, 
	45, 45, 45, 7, 45, 45, 45, 45, 
	45, 44, 41, 45, 45, 3, 45, 48, 
	47, 47, 47, 47, 47, 47, 47, 47, 
	47, 47, 3, 47, 49, 47, 47, 47, 
	47, 47, 47, 6, 47, 47, 47, 47, 
	47, 47, 3, 46, 47, 47, 47, 47, 
	7, 47, 47, 47, 47, 47, 50, 47, 
	47, 47, 3, 47, 48, 4, 51, 51, 
	51, 51, 51, 51, 51, 51, 51, 42, 
	51, 52, 51, 51, 51, 51, 51, 51, 
	6, 51, 51, 51, 51, 51, 51, 53, 
	54, 51, 51, 51, 51, 23, 51, 51, 
	51, 51, 51, 50, 4, 51, 51, 42, 
	51, 48, 4, 55, 55, 55, 55, 55, 
	55, 55, 55, 55, 56, 55, 57, 55, 
	55, 55, 55, 55, 55, 6, 55, 55, 
	55, 55, 55, 55, 56, 58, 55, 55, 
	55, 55, 23, 55, 55, 55, 55, 55, 
	59, 4, 55, 55, 56, 55, 40, 41, 
	60, 60, 60, 60, 60, 60, 60, 60, 
	60, 61, 62, 63, 60, 60, 60, 60, 
	60, 60, 6, 60, 60, 60, 60, 60, 
	60, 61, 63, 60, 60, 60, 60, 7, 
	60, 60, 60, 60, 60, 44, 41, 60, 
	60, 61, 60, 60, 60, 64, 60, 1, 
	65, 2, 35, 65, 65, 65, 65, 65, 
	65, 65, 65, 65, 66, 62, 67, 65, 
	65, 65, 65, 65, 65, 6, 65, 65, 
	65, 65, 65, 65, 66, 67, 65, 65, 
	65, 65, 7, 65, 65, 65, 65, 65, 
	64, 35, 65, 65, 66, 65, 0
};

static const char _fd_connect_windows_trans_targs[] = {
	0, 1, 10, 12, 13, 0, 5, 5, 
	17, 2, 4, 8, 2, 3, 7, 2, 
	4, 6, 6, 4, 7, 6, 8, 5, 
	7, 7, 6, 8, 7, 8, 8, 1, 
	9, 9, 10, 0, 11, 14, 10, 11, 
	11, 12, 11, 10, 16, 12, 0, 13, 
	14, 13, 15, 14, 14, 11, 10, 15, 
	16, 15, 17, 15, 16, 16, 15, 17, 
	17, 17, 16, 17
};

static const char _fd_connect_windows_trans_actions[] = {
	0, 1, 2, 3, 4, 5, 6, 7, 
	8, 9, 10, 11, 1, 1, 12, 4, 
	1, 11, 1, 0, 13, 14, 15, 16, 
	1, 17, 18, 19, 20, 21, 1, 0, 
	4, 1, 0, 4, 22, 18, 23, 0, 
	2, 4, 24, 14, 12, 0, 2, 0, 
	2, 2, 8, 0, 14, 13, 15, 0, 
	13, 14, 15, 21, 0, 24, 18, 14, 
	21, 0, 22, 23
};

static const int fd_connect_windows_start = 0;


#line 184 "spec/windows/fd_connect.rl"


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
	case 18:
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
	case 21:
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
	case 16:
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
	case 14:
#line 70 "spec/rules.rl"
	{ FDP_WHY(D5); }
#line 11 "spec/actions.rl"
	{ FDP_POST(io->in_err); }
	break;
	case 20:
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
	case 17:
#line 86 "spec/rules.rl"
	{ FDP_WHY(E7E); }
#line 9 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
	case 19:
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
#line 256 "gen/windows/fd_connect.c"
	}

_again:
	if ( ++p != pe )
		goto _resume;
	_test_eof: {}
	}

#line 190 "spec/windows/fd_connect.rl"
    (void)p; (void)pe;
    return cs;
}
