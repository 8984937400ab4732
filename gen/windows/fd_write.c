
#line 1 "spec/windows/fd_write.rl"

#line 2 "gen/windows/fd_write.c"
static const unsigned char _fd_write_windows_trans_keys[] = {
	1u, 46u, 3u, 46u, 3u, 46u, 3u, 46u, 3u, 43u, 0u, 0u, 0u, 0u, 3u, 43u, 
	3u, 50u, 3u, 46u, 3u, 43u, 3u, 46u, 3u, 43u, 2u, 50u, 3u, 43u, 3u, 43u, 
	2u, 46u, 3u, 43u, 1u, 46u, 0
};

static const char _fd_write_windows_key_spans[] = {
	46, 44, 44, 44, 41, 0, 0, 41, 
	48, 44, 41, 44, 41, 49, 41, 41, 
	45, 41, 46
};

static const short _fd_write_windows_index_offsets[] = {
	0, 47, 92, 137, 182, 224, 225, 226, 
	268, 317, 362, 404, 449, 491, 541, 583, 
	625, 671, 713
};

static const char _fd_write_windows_indicies[] = {
	1, 2, 3, 4, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 2, 0, 0, 
	0, 0, 5, 0, 0, 0, 6, 0, 
	0, 0, 0, 0, 0, 2, 0, 0, 
	0, 7, 7, 8, 0, 0, 0, 0, 
	0, 3, 4, 0, 0, 2, 0, 10, 
	11, 9, 9, 12, 9, 9, 9, 9, 
	9, 9, 13, 9, 9, 14, 9, 5, 
	9, 9, 9, 6, 9, 9, 9, 9, 
	9, 9, 13, 9, 9, 9, 7, 7, 
	8, 9, 9, 9, 9, 9, 15, 11, 
	9, 9, 13, 9, 10, 11, 16, 17, 
	18, 16, 16, 16, 16, 16, 16, 19, 
	16, 16, 20, 16, 5, 16, 16, 16, 
	6, 16, 16, 16, 16, 16, 16, 19, 
	16, 16, 16, 7, 7, 8, 16, 16, 
	16, 16, 16, 15, 11, 16, 16, 19, 
	16, 18, 22, 21, 18, 18, 21, 21, 
	21, 21, 21, 21, 18, 21, 21, 18, 
	21, 5, 21, 21, 21, 6, 21, 21, 
	21, 21, 21, 21, 18, 21, 23, 21, 
	7, 7, 24, 21, 21, 21, 21, 21, 
	18, 22, 21, 21, 18, 21, 18, 22, 
	25, 25, 25, 25, 25, 25, 25, 25, 
	25, 25, 25, 25, 25, 25, 5, 25, 
	25, 25, 6, 25, 25, 25, 25, 25, 
	25, 25, 25, 26, 25, 7, 7, 8, 
	25, 25, 25, 25, 25, 18, 22, 25, 
	5, 7, 28, 26, 27, 27, 12, 27, 
	27, 27, 27, 27, 27, 27, 27, 27, 
	27, 27, 5, 27, 27, 27, 6, 27, 
	27, 27, 27, 27, 27, 27, 27, 27, 
	27, 7, 7, 8, 27, 27, 27, 27, 
	27, 28, 26, 27, 30, 26, 29, 31, 
	18, 29, 29, 29, 29, 29, 29, 19, 
	29, 29, 20, 29, 5, 29, 29, 29, 
	6, 29, 29, 29, 29, 29, 29, 19, 
	29, 29, 29, 7, 7, 8, 29, 29, 
	29, 29, 29, 30, 26, 29, 29, 19, 
	29, 29, 29, 32, 29, 30, 26, 33, 
	34, 18, 33, 33, 33, 33, 33, 33, 
	35, 33, 33, 33, 33, 5, 33, 33, 
	33, 6, 33, 33, 33, 33, 33, 33, 
	35, 33, 33, 33, 7, 7, 8, 33, 
	33, 33, 33, 33, 32, 36, 33, 33, 
	35, 33, 30, 26, 37, 37, 12, 37, 
	37, 37, 37, 37, 37, 37, 37, 37, 
	37, 37, 5, 37, 37, 37, 6, 37, 
	37, 37, 37, 37, 37, 37, 37, 37, 
	37, 7, 7, 8, 37, 37, 37, 37, 
	37, 32, 36, 37, 10, 11, 38, 38, 
	18, 38, 38, 38, 38, 38, 38, 39, 
	38, 38, 20, 38, 5, 38, 38, 38, 
	6, 38, 38, 38, 38, 38, 38, 39, 
	38, 38, 38, 7, 7, 8, 38, 38, 
	38, 38, 38, 15, 11, 38, 38, 39, 
	38, 41, 2, 40, 40, 42, 40, 40, 
	40, 40, 40, 40, 40, 40, 40, 40, 
	40, 5, 40, 40, 40, 6, 40, 40, 
	40, 40, 40, 40, 40, 40, 40, 40, 
	7, 7, 8, 40, 40, 40, 40, 40, 
	41, 2, 40, 44, 41, 2, 43, 45, 
	46, 43, 43, 43, 43, 43, 43, 44, 
	43, 43, 43, 43, 5, 43, 43, 43, 
	6, 43, 43, 43, 43, 43, 43, 44, 
	43, 43, 43, 7, 7, 8, 43, 43, 
	43, 43, 43, 41, 2, 43, 43, 44, 
	43, 43, 43, 47, 43, 46, 49, 48, 
	46, 46, 48, 48, 48, 48, 48, 48, 
	48, 48, 48, 48, 48, 5, 48, 48, 
	48, 6, 48, 48, 48, 48, 48, 48, 
	48, 48, 50, 48, 7, 7, 24, 48, 
	48, 48, 48, 48, 46, 49, 48, 46, 
	49, 51, 51, 51, 51, 51, 51, 51, 
	51, 51, 51, 51, 51, 51, 51, 5, 
	51, 51, 51, 6, 51, 51, 51, 51, 
	51, 51, 51, 51, 2, 51, 7, 7, 
	8, 51, 51, 51, 51, 51, 46, 49, 
	51, 53, 41, 2, 52, 54, 46, 52, 
	52, 52, 52, 52, 52, 53, 52, 52, 
	52, 52, 5, 52, 52, 52, 6, 52, 
	52, 52, 52, 52, 52, 53, 52, 52, 
	52, 7, 7, 8, 52, 52, 52, 52, 
	52, 47, 55, 52, 52, 53, 52, 41, 
	2, 56, 56, 42, 56, 56, 56, 56, 
	56, 56, 56, 56, 56, 56, 56, 5, 
	56, 56, 56, 6, 56, 56, 56, 56, 
	56, 56, 56, 56, 56, 56, 7, 7, 
	8, 56, 56, 56, 56, 56, 47, 55, 
	56, 58, 59, 60, 4, 57, 57, 57, 
	57, 57, 57, 57, 57, 57, 61, 57, 
	57, 57, 57, 5, 57, 57, 57, 6, 
	57, 57, 57, 57, 57, 57, 61, 57, 
	57, 57, 7, 7, 24, 57, 57, 57, 
	57, 57, 60, 4, 57, 57, 61, 57, 
	0
};

static const char _fd_write_windows_trans_targs[] = {
	0, 1, 12, 18, 0, 5, 6, 6, 
	6, 1, 2, 1, 4, 7, 7, 11, 
	2, 2, 3, 8, 8, 3, 4, 8, 
	6, 4, 7, 7, 8, 8, 8, 8, 
	9, 9, 9, 8, 10, 10, 11, 8, 
	12, 13, 15, 13, 13, 13, 14, 16, 
	14, 15, 13, 15, 16, 16, 16, 17, 
	17, 18, 8, 13, 18, 13
};

static const char _fd_write_windows_trans_actions[] = {
	0, 1, 2, 3, 2, 1, 4, 5, 
	6, 0, 7, 2, 8, 9, 1, 9, 
	0, 8, 8, 10, 11, 0, 2, 12, 
	13, 0, 2, 0, 14, 0, 7, 8, 
	15, 0, 8, 16, 15, 0, 0, 17, 
	0, 7, 8, 0, 1, 8, 8, 15, 
	0, 2, 12, 0, 0, 1, 8, 15, 
	0, 0, 1, 18, 8, 19
};

static const int fd_write_windows_start = 0;


#line 178 "spec/windows/fd_write.rl"


static int fd_write_windows_step(int cs, unsigned char sym, fdp_io *io)
{
    const unsigned char *p = &sym, *pe = p + 1;
    
#line 148 "gen/windows/fd_write.c"
	{
	int _slen;
	int _trans;
	const unsigned char *_keys;
	const char *_inds;
	if ( p == pe )
		goto _test_eof;
_resume:
	_keys = _fd_write_windows_trans_keys + (cs<<1);
	_inds = _fd_write_windows_indicies + _fd_write_windows_index_offsets[cs];

	_slen = _fd_write_windows_key_spans[cs];
	_trans = _inds[ _slen > 0 && _keys[0] <=(*p) &&
		(*p) <= _keys[1] ?
		(*p) - _keys[0] : _slen ];

	cs = _fd_write_windows_trans_targs[_trans];

	if ( _fd_write_windows_trans_actions[_trans] == 0 )
		goto _again;

	switch ( _fd_write_windows_trans_actions[_trans] ) {
	case 2:
#line 40 "spec/rules.rl"
	{ FDP_WHY(S1); }
	break;
	case 3:
#line 41 "spec/rules.rl"
	{ FDP_WHY(S2); }
	break;
	case 8:
#line 45 "spec/rules.rl"
	{ FDP_WHY(S6); }
	break;
	case 5:
#line 47 "spec/rules.rl"
	{ FDP_WHY(S8); }
	break;
	case 4:
#line 55 "spec/rules.rl"
	{ FDP_WHY(S16); }
	break;
	case 6:
#line 67 "spec/rules.rl"
	{ FDP_WHY(D2); }
	break;
	case 1:
#line 71 "spec/rules.rl"
	{ FDP_WHY(D6); }
	break;
	case 15:
#line 83 "spec/rules.rl"
	{ FDP_WHY(E7B); }
	break;
	case 9:
#line 86 "spec/rules.rl"
	{ FDP_WHY(E7E); }
	break;
	case 7:
#line 14 "spec/rules.rl"
	{ FDP_WHY(WRITE1); }
#line 9 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
	case 19:
#line 15 "spec/rules.rl"
	{ FDP_WHY(WRITE2); }
#line 9 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
	case 12:
#line 16 "spec/rules.rl"
	{ FDP_WHY(WRITE3); }
#line 9 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
	case 18:
#line 50 "spec/rules.rl"
	{ FDP_WHY(S11); }
#line 9 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
	case 10:
#line 63 "spec/rules.rl"
	{ FDP_WHY(W4); }
#line 9 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
	case 13:
#line 67 "spec/rules.rl"
	{ FDP_WHY(D2); }
#line 11 "spec/actions.rl"
	{ FDP_POST(io->in_err); }
	break;
	case 17:
#line 86 "spec/rules.rl"
	{ FDP_WHY(E7E); }
#line 9 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
	case 14:
#line 14 "spec/rules.rl"
	{ FDP_WHY(WRITE1); }
#line 86 "spec/rules.rl"
	{ FDP_WHY(E7E); }
#line 9 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
	case 11:
#line 17 "spec/rules.rl"
	{ FDP_WHY(WRITE4); }
#line 66 "spec/rules.rl"
	{ FDP_WHY(D1); }
#line 10 "spec/actions.rl"
	{ FDP_POST_OPTIONAL(0); }
	break;
	case 16:
#line 63 "spec/rules.rl"
	{ FDP_WHY(W4); }
#line 86 "spec/rules.rl"
	{ FDP_WHY(E7E); }
#line 9 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
#line 240 "gen/windows/fd_write.c"
	}

_again:
	if ( ++p != pe )
		goto _resume;
	_test_eof: {}
	}

#line 184 "spec/windows/fd_write.rl"
    (void)p; (void)pe;
    return cs;
}
