
#line 1 "spec/windows/fd_write.rl"

#line 2 "gen/windows/fd_write.c"
static const unsigned char _fd_write_windows_trans_keys[] = {
	1u, 46u, 3u, 46u, 3u, 46u, 3u, 46u, 3u, 46u, 3u, 43u, 3u, 46u, 0u, 0u, 
	0u, 0u, 3u, 50u, 3u, 43u, 3u, 46u, 3u, 43u, 3u, 46u, 3u, 46u, 3u, 43u, 
	2u, 50u, 3u, 43u, 3u, 43u, 2u, 46u, 3u, 43u, 1u, 46u, 0
};

static const char _fd_write_windows_key_spans[] = {
	46, 44, 44, 44, 44, 41, 44, 0, 
	0, 48, 41, 44, 41, 44, 44, 41, 
	49, 41, 41, 45, 41, 46
};

static const short _fd_write_windows_index_offsets[] = {
	0, 47, 92, 137, 182, 227, 269, 314, 
	315, 316, 365, 407, 452, 494, 539, 584, 
	626, 676, 718, 760, 806, 848
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
	21, 21, 21, 21, 23, 21, 21, 23, 
	21, 5, 21, 21, 21, 6, 21, 21, 
	21, 21, 21, 21, 23, 21, 24, 21, 
	7, 7, 25, 21, 21, 21, 21, 21, 
	18, 22, 21, 21, 23, 21, 18, 22, 
	26, 26, 26, 26, 26, 26, 26, 26, 
	26, 27, 26, 26, 27, 26, 5, 26, 
	26, 26, 6, 26, 26, 26, 26, 26, 
	26, 27, 26, 11, 26, 7, 7, 8, 
	26, 26, 26, 26, 26, 18, 22, 26, 
	26, 27, 26, 23, 29, 28, 28, 28, 
	28, 28, 28, 28, 28, 28, 28, 28, 
	28, 28, 28, 5, 28, 28, 28, 6, 
	28, 28, 28, 28, 28, 28, 28, 28, 
	30, 28, 7, 7, 8, 28, 28, 28, 
	28, 28, 23, 29, 28, 23, 29, 31, 
	23, 23, 31, 31, 31, 31, 31, 31, 
	23, 31, 31, 23, 31, 5, 31, 31, 
	31, 6, 31, 31, 31, 31, 31, 31, 
	23, 31, 32, 31, 7, 7, 25, 31, 
	31, 31, 31, 31, 23, 29, 31, 31, 
	23, 31, 5, 7, 34, 30, 33, 35, 
	23, 33, 33, 33, 33, 33, 33, 19, 
	33, 33, 20, 33, 5, 33, 33, 33, 
	6, 33, 33, 33, 33, 33, 33, 19, 
	33, 33, 33, 7, 7, 8, 33, 33, 
	33, 33, 33, 34, 30, 33, 33, 19, 
	33, 33, 33, 36, 33, 38, 30, 37, 
	37, 39, 37, 37, 37, 37, 37, 37, 
	37, 37, 37, 37, 37, 5, 37, 37, 
	37, 6, 37, 37, 37, 37, 37, 37, 
	37, 37, 37, 37, 7, 7, 8, 37, 
	37, 37, 37, 37, 38, 30, 37, 34, 
	30, 40, 41, 23, 40, 40, 40, 40, 
	40, 40, 42, 40, 40, 43, 40, 5, 
	40, 40, 40, 6, 40, 40, 40, 40, 
	40, 40, 42, 40, 40, 40, 7, 7, 
	8, 40, 40, 40, 40, 40, 36, 44, 
	40, 40, 42, 40, 34, 30, 45, 45, 
	39, 45, 45, 45, 45, 45, 45, 45, 
	45, 45, 45, 45, 5, 45, 45, 45, 
	6, 45, 45, 45, 45, 45, 45, 45, 
	45, 45, 45, 7, 7, 8, 45, 45, 
	45, 45, 45, 36, 44, 45, 10, 11, 
	46, 46, 18, 46, 46, 46, 46, 46, 
	46, 47, 46, 46, 48, 46, 5, 46, 
	46, 46, 6, 46, 46, 46, 46, 46, 
	46, 47, 46, 46, 46, 7, 7, 8, 
	46, 46, 46, 46, 46, 15, 11, 46, 
	46, 47, 46, 38, 30, 49, 50, 23, 
	49, 49, 49, 49, 49, 49, 47, 49, 
	49, 48, 49, 5, 49, 49, 49, 6, 
	49, 49, 49, 49, 49, 49, 47, 49, 
	49, 49, 7, 7, 8, 49, 49, 49, 
	49, 49, 38, 30, 49, 49, 47, 49, 
	52, 2, 51, 51, 53, 51, 51, 51, 
	51, 51, 51, 51, 51, 51, 51, 51, 
	5, 51, 51, 51, 6, 51, 51, 51, 
	51, 51, 51, 51, 51, 51, 51, 7, 
	7, 8, 51, 51, 51, 51, 51, 52, 
	2, 51, 55, 52, 2, 54, 56, 57, 
	54, 54, 54, 54, 54, 54, 55, 54, 
	54, 54, 54, 5, 54, 54, 54, 6, 
	54, 54, 54, 54, 54, 54, 55, 54, 
	54, 54, 7, 7, 8, 54, 54, 54, 
	54, 54, 52, 2, 54, 54, 55, 54, 
	54, 54, 58, 54, 57, 60, 59, 57, 
	57, 59, 59, 59, 59, 59, 59, 59, 
	59, 59, 59, 59, 5, 59, 59, 59, 
	6, 59, 59, 59, 59, 59, 59, 59, 
	59, 61, 59, 7, 7, 25, 59, 59, 
	59, 59, 59, 57, 60, 59, 57, 60, 
	62, 62, 62, 62, 62, 62, 62, 62, 
	62, 62, 62, 62, 62, 62, 5, 62, 
	62, 62, 6, 62, 62, 62, 62, 62, 
	62, 62, 62, 2, 62, 7, 7, 8, 
	62, 62, 62, 62, 62, 57, 60, 62, 
	64, 52, 2, 63, 65, 57, 63, 63, 
	63, 63, 63, 63, 64, 63, 63, 63, 
	63, 5, 63, 63, 63, 6, 63, 63, 
	63, 63, 63, 63, 64, 63, 63, 63, 
	7, 7, 8, 63, 63, 63, 63, 63, 
	58, 66, 63, 63, 64, 63, 52, 2, 
	67, 67, 53, 67, 67, 67, 67, 67, 
	67, 67, 67, 67, 67, 67, 5, 67, 
	67, 67, 6, 67, 67, 67, 67, 67, 
	67, 67, 67, 67, 67, 7, 7, 8, 
	67, 67, 67, 67, 67, 58, 66, 67, 
	69, 70, 71, 4, 68, 68, 68, 68, 
	68, 68, 68, 68, 68, 72, 68, 68, 
	68, 68, 5, 68, 68, 68, 6, 68, 
	68, 68, 68, 68, 68, 72, 68, 68, 
	68, 7, 7, 25, 68, 68, 68, 68, 
	68, 71, 4, 68, 68, 72, 68, 0
};

static const char _fd_write_windows_trans_targs[] = {
	0, 1, 15, 21, 0, 7, 8, 8, 
	8, 1, 2, 1, 4, 10, 10, 13, 
	2, 2, 3, 9, 9, 3, 4, 6, 
	2, 8, 4, 5, 5, 5, 10, 6, 
	9, 9, 9, 9, 11, 10, 9, 5, 
	11, 11, 9, 11, 12, 12, 13, 9, 
	14, 14, 14, 15, 16, 18, 16, 16, 
	16, 17, 19, 17, 18, 16, 18, 19, 
	19, 19, 20, 20, 21, 9, 16, 21, 
	16
};

static const char _fd_write_windows_trans_actions[] = {
	0, 1, 2, 3, 2, 1, 4, 5, 
	6, 0, 7, 2, 8, 9, 1, 9, 
	0, 8, 8, 10, 11, 0, 2, 8, 
	12, 13, 0, 1, 0, 2, 2, 0, 
	12, 0, 7, 8, 14, 0, 15, 8, 
	0, 8, 16, 11, 14, 0, 0, 17, 
	11, 0, 8, 0, 7, 8, 0, 1, 
	8, 8, 14, 0, 2, 12, 0, 0, 
	1, 8, 14, 0, 0, 1, 18, 8, 
	19
};

static const int fd_write_windows_start = 0;


#line 206 "spec/windows/fd_write.rl"


static int fd_write_windows_step(int cs, unsigned char sym, fdp_io *io)
{
    const unsigned char *p = &sym, *pe = p + 1;
    
#line 168 "gen/windows/fd_write.c"
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
	case 14:
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
#line 260 "gen/windows/fd_write.c"
	}

_again:
	if ( ++p != pe )
		goto _resume;
	_test_eof: {}
	}

#line 212 "spec/windows/fd_write.rl"
    (void)p; (void)pe;
    return cs;
}
