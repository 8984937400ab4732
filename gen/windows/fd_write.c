
#line 1 "spec/windows/fd_write.rl"

#line 2 "gen/windows/fd_write.c"
static const unsigned char _fd_write_windows_trans_keys[] = {
	1u, 46u, 3u, 43u, 3u, 50u, 3u, 43u, 3u, 43u, 3u, 46u, 0u, 0u, 0u, 0u, 
	3u, 46u, 3u, 43u, 3u, 46u, 3u, 43u, 2u, 50u, 3u, 43u, 3u, 43u, 2u, 46u, 
	3u, 43u, 1u, 46u, 0
};

static const char _fd_write_windows_key_spans[] = {
	46, 41, 48, 41, 41, 44, 0, 0, 
	44, 41, 44, 41, 49, 41, 41, 45, 
	41, 46
};

static const short _fd_write_windows_index_offsets[] = {
	0, 47, 89, 138, 180, 222, 267, 268, 
	269, 314, 356, 401, 443, 493, 535, 577, 
	623, 665
};

static const char _fd_write_windows_indicies[] = {
	1, 2, 3, 4, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 2, 0, 0, 
	0, 0, 5, 0, 0, 0, 6, 0, 
	0, 0, 0, 0, 0, 2, 0, 0, 
	0, 7, 7, 8, 0, 0, 0, 0, 
	0, 3, 4, 0, 0, 2, 0, 10, 
	11, 9, 9, 12, 9, 9, 9, 9, 
	9, 9, 9, 9, 9, 13, 9, 5, 
	9, 9, 9, 6, 9, 9, 9, 9, 
	9, 9, 9, 9, 9, 9, 7, 7, 
	8, 9, 9, 9, 9, 9, 14, 11, 
	9, 10, 16, 15, 17, 18, 15, 15, 
	15, 15, 15, 15, 19, 15, 15, 20, 
	15, 5, 15, 15, 15, 6, 15, 15, 
	15, 15, 15, 15, 19, 15, 15, 15, 
	7, 7, 8, 15, 15, 15, 15, 15, 
	10, 16, 15, 15, 19, 15, 15, 15, 
	21, 15, 23, 16, 22, 22, 12, 22, 
	22, 22, 22, 22, 22, 22, 22, 22, 
	22, 22, 5, 22, 22, 22, 6, 22, 
	22, 22, 22, 22, 22, 22, 22, 22, 
	22, 7, 7, 8, 22, 22, 22, 22, 
	22, 23, 16, 22, 18, 25, 24, 24, 
	24, 24, 24, 24, 24, 24, 24, 24, 
	24, 24, 24, 24, 5, 24, 24, 24, 
	6, 24, 24, 24, 24, 24, 24, 24, 
	24, 16, 24, 7, 7, 8, 24, 24, 
	24, 24, 24, 18, 25, 24, 18, 25, 
	26, 18, 18, 26, 26, 26, 26, 26, 
	26, 18, 26, 26, 18, 26, 5, 26, 
	26, 26, 6, 26, 26, 26, 26, 26, 
	26, 18, 26, 27, 26, 7, 7, 28, 
	26, 26, 26, 26, 26, 18, 25, 26, 
	26, 18, 26, 5, 7, 10, 16, 29, 
	30, 18, 29, 29, 29, 29, 29, 29, 
	31, 29, 29, 29, 29, 5, 29, 29, 
	29, 6, 29, 29, 29, 29, 29, 29, 
	31, 29, 29, 29, 7, 7, 8, 29, 
	29, 29, 29, 29, 21, 32, 29, 29, 
	31, 29, 10, 34, 33, 33, 12, 33, 
	33, 33, 33, 33, 33, 33, 33, 33, 
	33, 33, 5, 33, 33, 33, 6, 33, 
	33, 33, 33, 33, 33, 33, 33, 33, 
	33, 7, 7, 8, 33, 33, 33, 33, 
	33, 21, 34, 33, 10, 11, 35, 35, 
	18, 35, 35, 35, 35, 35, 35, 35, 
	35, 35, 20, 35, 5, 35, 35, 35, 
	6, 35, 35, 35, 35, 35, 35, 35, 
	35, 35, 35, 7, 7, 8, 35, 35, 
	35, 35, 35, 14, 11, 35, 35, 36, 
	35, 38, 2, 37, 37, 39, 37, 37, 
	37, 37, 37, 37, 37, 37, 37, 37, 
	37, 5, 37, 37, 37, 6, 37, 37, 
	37, 37, 37, 37, 37, 37, 37, 37, 
	7, 7, 8, 37, 37, 37, 37, 37, 
	38, 2, 37, 41, 38, 2, 40, 42, 
	43, 40, 40, 40, 40, 40, 40, 41, 
	40, 40, 40, 40, 5, 40, 40, 40, 
	6, 40, 40, 40, 40, 40, 40, 41, 
	40, 40, 40, 7, 7, 8, 40, 40, 
	40, 40, 40, 38, 2, 40, 40, 41, 
	40, 40, 40, 44, 40, 43, 46, 45, 
	43, 43, 45, 45, 45, 45, 45, 45, 
	45, 45, 45, 45, 45, 5, 45, 45, 
	45, 6, 45, 45, 45, 45, 45, 45, 
	45, 45, 47, 45, 7, 7, 28, 45, 
	45, 45, 45, 45, 43, 46, 45, 43, 
	46, 48, 48, 48, 48, 48, 48, 48, 
	48, 48, 48, 48, 48, 48, 48, 5, 
	48, 48, 48, 6, 48, 48, 48, 48, 
	48, 48, 48, 48, 2, 48, 7, 7, 
	8, 48, 48, 48, 48, 48, 43, 46, 
	48, 50, 38, 2, 49, 51, 43, 49, 
	49, 49, 49, 49, 49, 50, 49, 49, 
	49, 49, 5, 49, 49, 49, 6, 49, 
	49, 49, 49, 49, 49, 50, 49, 49, 
	49, 7, 7, 8, 49, 49, 49, 49, 
	49, 44, 52, 49, 49, 50, 49, 38, 
	54, 53, 53, 39, 53, 53, 53, 53, 
	53, 53, 53, 53, 53, 53, 53, 5, 
	53, 53, 53, 6, 53, 53, 53, 53, 
	53, 53, 53, 53, 53, 53, 7, 7, 
	8, 53, 53, 53, 53, 53, 44, 54, 
	53, 56, 57, 58, 4, 55, 55, 55, 
	55, 55, 55, 55, 55, 55, 59, 55, 
	55, 55, 55, 5, 55, 55, 55, 6, 
	55, 55, 55, 55, 55, 55, 59, 55, 
	55, 55, 7, 7, 28, 55, 55, 55, 
	55, 55, 58, 4, 55, 55, 59, 55, 
	0
};

static const char _fd_write_windows_trans_targs[] = {
	0, 1, 11, 17, 0, 6, 7, 7, 
	7, 1, 2, 1, 4, 3, 10, 2, 
	3, 2, 5, 2, 2, 8, 3, 2, 
	4, 4, 5, 2, 7, 8, 8, 2, 
	9, 9, 9, 10, 2, 11, 12, 14, 
	12, 12, 12, 13, 15, 13, 14, 12, 
	14, 15, 15, 15, 16, 16, 16, 17, 
	2, 12, 17, 12
};

static const char _fd_write_windows_trans_actions[] = {
	0, 1, 2, 3, 2, 1, 4, 5, 
	6, 0, 7, 2, 8, 1, 9, 0, 
	2, 8, 8, 10, 11, 12, 0, 13, 
	0, 2, 0, 14, 15, 0, 8, 16, 
	12, 0, 2, 0, 17, 0, 7, 8, 
	0, 1, 8, 8, 12, 0, 2, 14, 
	0, 0, 1, 8, 12, 0, 2, 0, 
	1, 18, 8, 19
};

static const int fd_write_windows_start = 0;


#line 164 "spec/windows/fd_write.rl"


static int fd_write_windows_step(int cs, unsigned char sym, fdp_io *io)
{
    const unsigned char *p = &sym, *pe = p + 1;
    
#line 142 "gen/windows/fd_write.c"
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
	case 12:
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
	case 14:
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
	case 15:
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
	case 13:
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
#line 234 "gen/windows/fd_write.c"
	}

_again:
	if ( ++p != pe )
		goto _resume;
	_test_eof: {}
	}

#line 170 "spec/windows/fd_write.rl"
    (void)p; (void)pe;
    return cs;
}
