
#line 1 "spec/windows/fd_write.rl"

#line 2 "gen/windows/fd_write.c"
static const unsigned char _fd_write_windows_trans_keys[] = {
	1u, 46u, 3u, 46u, 3u, 50u, 3u, 46u, 3u, 46u, 3u, 43u, 3u, 46u, 0u, 0u, 
	0u, 0u, 3u, 50u, 3u, 43u, 3u, 46u, 3u, 46u, 3u, 46u, 3u, 46u, 3u, 46u, 
	3u, 46u, 3u, 43u, 2u, 50u, 3u, 43u, 3u, 43u, 2u, 46u, 3u, 50u, 3u, 46u, 
	1u, 46u, 0
};

static const char _fd_write_windows_key_spans[] = {
	46, 44, 48, 44, 44, 41, 44, 0, 
	0, 48, 41, 44, 44, 44, 44, 44, 
	44, 41, 49, 41, 41, 45, 48, 44, 
	46
};

static const short _fd_write_windows_index_offsets[] = {
	0, 47, 92, 141, 186, 231, 273, 318, 
	319, 320, 369, 411, 456, 501, 546, 591, 
	636, 681, 723, 773, 815, 857, 903, 952, 
	997
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
	16, 16, 16, 21, 16, 18, 23, 22, 
	18, 18, 22, 22, 22, 22, 22, 22, 
	24, 22, 22, 24, 22, 5, 22, 22, 
	22, 6, 22, 22, 22, 22, 22, 22, 
	24, 22, 25, 22, 7, 7, 26, 22, 
	22, 22, 22, 22, 18, 23, 22, 22, 
	24, 22, 18, 23, 27, 27, 27, 27, 
	27, 27, 27, 27, 27, 28, 27, 27, 
	28, 27, 5, 27, 27, 27, 6, 27, 
	27, 27, 27, 27, 27, 28, 27, 11, 
	27, 7, 7, 8, 27, 27, 27, 27, 
	27, 18, 23, 27, 27, 28, 27, 24, 
	30, 29, 29, 29, 29, 29, 29, 29, 
	29, 29, 29, 29, 29, 29, 29, 5, 
	29, 29, 29, 6, 29, 29, 29, 29, 
	29, 29, 29, 29, 31, 29, 7, 7, 
	8, 29, 29, 29, 29, 29, 24, 30, 
	29, 24, 30, 32, 24, 24, 32, 32, 
	32, 32, 32, 32, 24, 32, 32, 24, 
	32, 5, 32, 32, 32, 6, 32, 32, 
	32, 32, 32, 32, 24, 32, 33, 32, 
	7, 7, 26, 32, 32, 32, 32, 32, 
	24, 30, 32, 32, 24, 32, 5, 7, 
	35, 31, 34, 36, 24, 34, 34, 34, 
	34, 34, 34, 19, 34, 34, 20, 34, 
	5, 34, 34, 34, 6, 34, 34, 34, 
	34, 34, 34, 19, 34, 34, 34, 7, 
	7, 8, 34, 34, 34, 34, 34, 35, 
	31, 34, 34, 19, 34, 34, 34, 37, 
	34, 39, 31, 38, 38, 40, 38, 38, 
	38, 38, 38, 38, 38, 38, 38, 38, 
	38, 5, 38, 38, 38, 6, 38, 38, 
	38, 38, 38, 38, 38, 38, 38, 38, 
	7, 7, 8, 38, 38, 38, 38, 38, 
	39, 31, 38, 35, 31, 41, 42, 24, 
	41, 41, 41, 41, 41, 41, 43, 41, 
	41, 44, 41, 5, 41, 41, 41, 6, 
	41, 41, 41, 41, 41, 41, 43, 41, 
	41, 41, 7, 7, 8, 41, 41, 41, 
	41, 41, 37, 45, 41, 41, 43, 41, 
	35, 31, 46, 46, 40, 46, 46, 46, 
	46, 46, 46, 47, 46, 46, 46, 46, 
	5, 46, 46, 46, 6, 46, 46, 46, 
	46, 46, 46, 47, 46, 46, 46, 7, 
	7, 8, 46, 46, 46, 46, 46, 37, 
	45, 46, 46, 47, 46, 10, 11, 48, 
	48, 18, 48, 48, 48, 48, 48, 48, 
	49, 48, 48, 50, 48, 5, 48, 48, 
	48, 6, 48, 48, 48, 48, 48, 48, 
	49, 48, 48, 48, 7, 7, 8, 48, 
	48, 48, 48, 48, 15, 11, 48, 48, 
	49, 48, 39, 31, 51, 52, 24, 51, 
	51, 51, 51, 51, 51, 49, 51, 51, 
	50, 51, 5, 51, 51, 51, 6, 51, 
	51, 51, 51, 51, 51, 49, 51, 51, 
	51, 7, 7, 8, 51, 51, 51, 51, 
	51, 39, 31, 51, 51, 49, 51, 10, 
	11, 53, 54, 18, 53, 53, 53, 53, 
	53, 53, 55, 53, 53, 44, 53, 5, 
	53, 53, 53, 6, 53, 53, 53, 53, 
	53, 53, 55, 53, 53, 53, 7, 7, 
	8, 53, 53, 53, 53, 53, 21, 56, 
	53, 53, 55, 53, 10, 11, 57, 57, 
	12, 57, 57, 57, 57, 57, 57, 47, 
	57, 57, 58, 57, 5, 57, 57, 57, 
	6, 57, 57, 57, 57, 57, 57, 47, 
	57, 57, 57, 7, 7, 8, 57, 57, 
	57, 57, 57, 21, 56, 57, 57, 47, 
	57, 60, 2, 59, 59, 61, 59, 59, 
	59, 59, 59, 59, 59, 59, 59, 59, 
	59, 5, 59, 59, 59, 6, 59, 59, 
	59, 59, 59, 59, 59, 59, 59, 59, 
	7, 7, 8, 59, 59, 59, 59, 59, 
	60, 2, 59, 63, 60, 2, 62, 64, 
	65, 62, 62, 62, 62, 62, 62, 63, 
	62, 62, 62, 62, 5, 62, 62, 62, 
	6, 62, 62, 62, 62, 62, 62, 63, 
	62, 62, 62, 7, 7, 8, 62, 62, 
	62, 62, 62, 60, 2, 62, 62, 63, 
	62, 62, 62, 66, 62, 65, 68, 67, 
	65, 65, 67, 67, 67, 67, 67, 67, 
	67, 67, 67, 67, 67, 5, 67, 67, 
	67, 6, 67, 67, 67, 67, 67, 67, 
	67, 67, 69, 67, 7, 7, 26, 67, 
	67, 67, 67, 67, 65, 68, 67, 65, 
	68, 70, 70, 70, 70, 70, 70, 70, 
	70, 70, 70, 70, 70, 70, 70, 5, 
	70, 70, 70, 6, 70, 70, 70, 70, 
	70, 70, 70, 70, 2, 70, 7, 7, 
	8, 70, 70, 70, 70, 70, 65, 68, 
	70, 72, 60, 2, 71, 73, 65, 71, 
	71, 71, 71, 71, 71, 74, 71, 71, 
	71, 71, 5, 71, 71, 71, 6, 71, 
	71, 71, 71, 71, 71, 74, 71, 71, 
	71, 7, 7, 8, 71, 71, 71, 71, 
	71, 66, 75, 71, 71, 74, 71, 60, 
	2, 76, 77, 65, 76, 76, 76, 76, 
	76, 76, 77, 76, 76, 76, 76, 5, 
	76, 76, 76, 6, 76, 76, 76, 76, 
	76, 76, 77, 76, 76, 76, 7, 7, 
	8, 76, 76, 76, 76, 76, 60, 2, 
	76, 76, 77, 76, 76, 76, 74, 76, 
	60, 2, 78, 78, 61, 78, 78, 78, 
	78, 78, 78, 79, 78, 78, 78, 78, 
	5, 78, 78, 78, 6, 78, 78, 78, 
	78, 78, 78, 79, 78, 78, 78, 7, 
	7, 8, 78, 78, 78, 78, 78, 66, 
	75, 78, 78, 79, 78, 81, 82, 83, 
	4, 80, 80, 80, 80, 80, 80, 80, 
	80, 80, 84, 80, 80, 80, 80, 5, 
	80, 80, 80, 6, 80, 80, 80, 80, 
	80, 80, 84, 80, 80, 80, 7, 7, 
	26, 80, 80, 80, 80, 80, 83, 4, 
	80, 80, 84, 80, 0
};

static const char _fd_write_windows_trans_targs[] = {
	0, 1, 17, 24, 0, 7, 8, 8, 
	8, 1, 2, 1, 4, 10, 10, 13, 
	2, 2, 3, 9, 9, 15, 3, 4, 
	6, 2, 8, 4, 5, 5, 5, 10, 
	6, 9, 9, 9, 9, 11, 10, 9, 
	5, 11, 11, 9, 11, 12, 12, 10, 
	13, 9, 14, 14, 14, 15, 15, 9, 
	16, 16, 12, 17, 18, 20, 18, 18, 
	18, 19, 21, 19, 20, 18, 20, 21, 
	21, 21, 22, 23, 22, 22, 23, 17, 
	24, 9, 18, 24, 18
};

static const char _fd_write_windows_trans_actions[] = {
	0, 1, 2, 3, 2, 1, 4, 5, 
	6, 0, 7, 2, 8, 9, 1, 9, 
	0, 8, 8, 10, 11, 12, 0, 2, 
	8, 13, 14, 0, 1, 0, 2, 2, 
	0, 13, 0, 7, 8, 12, 0, 15, 
	8, 0, 8, 16, 11, 12, 0, 17, 
	0, 18, 11, 0, 8, 0, 8, 19, 
	12, 0, 1, 0, 7, 8, 0, 1, 
	8, 8, 12, 0, 2, 13, 0, 0, 
	1, 8, 17, 12, 0, 8, 0, 17, 
	0, 1, 20, 8, 21
};

static const int fd_write_windows_start = 0;


#line 245 "spec/windows/fd_write.rl"


static int fd_write_windows_step(int cs, unsigned char sym, fdp_io *io)
{
    const unsigned char *p = &sym, *pe = p + 1;
    
#line 192 "gen/windows/fd_write.c"
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
	case 17:
#line 94 "spec/rules.rl"
	{ FDP_WHY(DE6); }
	break;
	case 7:
#line 14 "spec/rules.rl"
	{ FDP_WHY(WRITE1); }
#line 9 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
	case 21:
#line 15 "spec/rules.rl"
	{ FDP_WHY(WRITE2); }
#line 9 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
	case 13:
#line 16 "spec/rules.rl"
	{ FDP_WHY(WRITE3); }
#line 9 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
	case 20:
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
	case 14:
#line 67 "spec/rules.rl"
	{ FDP_WHY(D2); }
#line 11 "spec/actions.rl"
	{ FDP_POST(io->in_err); }
	break;
	case 18:
#line 86 "spec/rules.rl"
	{ FDP_WHY(E7E); }
#line 9 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
	case 15:
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
	case 19:
#line 94 "spec/rules.rl"
	{ FDP_WHY(DE6); }
#line 86 "spec/rules.rl"
	{ FDP_WHY(E7E); }
#line 9 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
#line 292 "gen/windows/fd_write.c"
	}

_again:
	if ( ++p != pe )
		goto _resume;
	_test_eof: {}
	}

#line 251 "spec/windows/fd_write.rl"
    (void)p; (void)pe;
    return cs;
}
