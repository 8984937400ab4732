
#line 1 "spec/windows/fd_read.rl"

#line 2 "gen/windows/fd_read.c"
static const unsigned char _fd_read_windows_trans_keys[] = {
	3u, 47u, 3u, 47u, 3u, 48u, 3u, 48u, 0u, 0u, 3u, 43u, 3u, 50u, 3u, 50u, 
	3u, 43u, 3u, 47u, 3u, 48u, 3u, 47u, 3u, 48u, 3u, 48u, 3u, 47u, 3u, 50u, 
	3u, 50u, 3u, 47u, 3u, 48u, 0
};

static const char _fd_read_windows_key_spans[] = {
	45, 45, 46, 46, 0, 41, 48, 48, 
	41, 45, 46, 45, 46, 46, 45, 48, 
	48, 45, 46
};

static const short _fd_read_windows_index_offsets[] = {
	0, 46, 92, 139, 186, 187, 229, 278, 
	327, 369, 415, 462, 508, 555, 602, 648, 
	697, 746, 792
};

static const char _fd_read_windows_indicies[] = {
	1, 2, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 3, 0, 4, 5, 0, 0, 
	0, 0, 0, 0, 0, 0, 6, 7, 
	7, 8, 0, 0, 0, 0, 0, 1, 
	2, 0, 0, 0, 5, 0, 1, 2, 
	10, 9, 9, 9, 9, 9, 9, 9, 
	9, 9, 9, 9, 9, 9, 9, 9, 
	11, 9, 4, 12, 9, 9, 9, 9, 
	9, 9, 9, 9, 13, 7, 7, 14, 
	9, 9, 9, 9, 9, 1, 2, 10, 
	10, 9, 12, 9, 16, 17, 18, 15, 
	15, 15, 15, 15, 15, 15, 15, 15, 
	15, 15, 15, 15, 15, 15, 15, 19, 
	4, 20, 15, 20, 15, 15, 15, 15, 
	15, 15, 21, 7, 7, 14, 15, 15, 
	15, 15, 22, 16, 17, 18, 18, 15, 
	20, 20, 15, 16, 17, 23, 23, 23, 
	23, 23, 23, 23, 23, 23, 23, 23, 
	23, 23, 23, 23, 23, 23, 24, 4, 
	25, 23, 25, 23, 23, 23, 23, 23, 
	23, 26, 7, 7, 8, 23, 23, 23, 
	23, 27, 16, 17, 23, 23, 23, 25, 
	25, 23, 7, 29, 25, 28, 28, 28, 
	28, 28, 28, 28, 28, 28, 28, 28, 
	28, 28, 28, 28, 28, 28, 30, 4, 
	28, 23, 28, 28, 28, 28, 28, 28, 
	28, 31, 7, 7, 8, 28, 28, 28, 
	28, 28, 29, 25, 28, 29, 25, 33, 
	32, 32, 32, 32, 32, 32, 32, 32, 
	32, 32, 32, 32, 32, 32, 32, 32, 
	34, 4, 35, 36, 35, 32, 32, 32, 
	32, 32, 32, 37, 7, 7, 8, 32, 
	32, 32, 32, 32, 29, 25, 33, 38, 
	32, 39, 39, 32, 40, 32, 42, 5, 
	43, 41, 41, 41, 41, 41, 41, 41, 
	41, 41, 41, 41, 41, 41, 41, 41, 
	44, 41, 4, 45, 46, 41, 41, 41, 
	41, 41, 41, 41, 47, 7, 7, 8, 
	41, 41, 41, 41, 41, 42, 5, 43, 
	48, 41, 49, 41, 41, 50, 41, 42, 
	5, 51, 51, 51, 51, 51, 51, 51, 
	51, 51, 51, 51, 51, 51, 51, 51, 
	51, 27, 51, 4, 51, 0, 51, 51, 
	51, 51, 51, 51, 51, 52, 7, 7, 
	8, 51, 51, 51, 51, 51, 42, 5, 
	51, 1, 2, 10, 46, 46, 46, 46, 
	46, 46, 46, 46, 46, 46, 46, 46, 
	46, 46, 46, 53, 46, 4, 54, 46, 
	46, 46, 46, 46, 46, 46, 46, 55, 
	7, 7, 8, 46, 46, 46, 46, 46, 
	1, 2, 10, 56, 46, 49, 46, 16, 
	17, 18, 36, 36, 36, 36, 36, 36, 
	36, 36, 36, 36, 36, 36, 36, 36, 
	36, 36, 57, 4, 58, 36, 58, 36, 
	36, 36, 36, 36, 36, 59, 7, 7, 
	8, 36, 36, 36, 36, 44, 16, 17, 
	18, 60, 36, 39, 39, 36, 42, 5, 
	43, 61, 61, 61, 61, 61, 61, 61, 
	61, 61, 61, 61, 61, 61, 61, 61, 
	62, 61, 4, 61, 46, 61, 61, 61, 
	61, 61, 61, 61, 63, 7, 7, 8, 
	61, 61, 61, 61, 61, 50, 64, 43, 
	65, 61, 49, 61, 29, 25, 33, 66, 
	66, 66, 66, 66, 66, 66, 66, 66, 
	66, 66, 66, 66, 66, 66, 66, 67, 
	4, 66, 36, 66, 66, 66, 66, 66, 
	66, 66, 68, 7, 7, 8, 66, 66, 
	66, 66, 66, 40, 69, 33, 70, 66, 
	39, 39, 66, 29, 25, 72, 71, 71, 
	71, 71, 71, 71, 71, 71, 71, 71, 
	71, 71, 71, 71, 71, 71, 73, 4, 
	71, 23, 71, 71, 71, 71, 71, 71, 
	71, 74, 7, 7, 8, 71, 71, 71, 
	71, 71, 40, 69, 72, 71, 71, 72, 
	72, 71, 42, 5, 76, 75, 75, 75, 
	75, 75, 75, 75, 75, 75, 75, 75, 
	75, 75, 75, 75, 77, 75, 4, 75, 
	0, 75, 75, 75, 75, 75, 75, 75, 
	78, 7, 7, 8, 75, 75, 75, 75, 
	75, 50, 64, 76, 75, 75, 76, 75, 
	29, 25, 33, 79, 79, 79, 79, 79, 
	79, 79, 79, 79, 79, 79, 79, 79, 
	79, 79, 79, 80, 4, 20, 15, 20, 
	79, 79, 79, 79, 79, 79, 81, 7, 
	7, 14, 79, 79, 79, 79, 79, 29, 
	25, 33, 33, 79, 20, 20, 79, 82, 
	79, 42, 5, 43, 83, 83, 83, 83, 
	83, 83, 83, 83, 83, 83, 83, 83, 
	83, 83, 83, 22, 83, 4, 12, 9, 
	83, 83, 83, 83, 83, 83, 83, 84, 
	7, 7, 14, 83, 83, 83, 83, 83, 
	42, 5, 43, 43, 83, 12, 83, 83, 
	85, 83, 42, 5, 43, 86, 86, 86, 
	86, 86, 86, 86, 86, 86, 86, 86, 
	86, 86, 86, 86, 87, 86, 4, 86, 
	9, 86, 86, 86, 86, 86, 86, 86, 
	88, 7, 7, 14, 86, 86, 86, 86, 
	86, 50, 64, 43, 43, 86, 49, 86, 
	29, 25, 33, 89, 89, 89, 89, 89, 
	89, 89, 89, 89, 89, 89, 89, 89, 
	89, 89, 89, 90, 4, 89, 15, 89, 
	89, 89, 89, 89, 89, 89, 91, 7, 
	7, 14, 89, 89, 89, 89, 89, 40, 
	69, 33, 33, 89, 39, 39, 89, 0
};

static const char _fd_read_windows_trans_targs[] = {
	0, 1, 0, 3, 4, 8, 0, 4, 
	4, 1, 1, 2, 7, 1, 4, 2, 
	2, 3, 2, 1, 6, 2, 15, 3, 
	0, 5, 3, 5, 5, 6, 8, 5, 
	6, 6, 7, 6, 10, 6, 6, 6, 
	12, 7, 7, 7, 6, 7, 9, 7, 
	7, 7, 11, 8, 8, 10, 7, 9, 
	9, 9, 6, 10, 10, 11, 12, 11, 
	14, 11, 12, 11, 12, 13, 12, 13, 
	5, 14, 13, 14, 8, 13, 14, 15, 
	16, 15, 18, 16, 16, 17, 17, 18, 
	17, 18, 17, 18
};

static const char _fd_read_windows_trans_actions[] = {
	0, 1, 2, 3, 4, 2, 5, 5, 
	6, 0, 7, 3, 8, 5, 9, 0, 
	1, 2, 7, 3, 10, 5, 3, 0, 
	3, 2, 5, 3, 0, 11, 3, 5, 
	0, 12, 3, 13, 0, 5, 14, 15, 
	16, 0, 11, 12, 3, 13, 0, 5, 
	14, 15, 16, 0, 5, 3, 17, 5, 
	14, 3, 17, 5, 14, 0, 3, 5, 
	16, 14, 0, 3, 5, 16, 14, 0, 
	18, 3, 5, 0, 18, 3, 5, 0, 
	3, 5, 19, 0, 5, 19, 0, 3, 
	5, 0, 3, 5
};

static const int fd_read_windows_start = 0;


#line 198 "spec/windows/fd_read.rl"


static int fd_read_windows_step(int cs, unsigned char sym, fdp_io *io)
{
    const unsigned char *p = &sym, *pe = p + 1;
    
#line 165 "gen/windows/fd_read.c"
	{
	int _slen;
	int _trans;
	const unsigned char *_keys;
	const char *_inds;
	if ( p == pe )
		goto _test_eof;
_resume:
	_keys = _fd_read_windows_trans_keys + (cs<<1);
	_inds = _fd_read_windows_indicies + _fd_read_windows_index_offsets[cs];

	_slen = _fd_read_windows_key_spans[cs];
	_trans = _inds[ _slen > 0 && _keys[0] <=(*p) &&
		(*p) <= _keys[1] ?
		(*p) - _keys[0] : _slen ];

	cs = _fd_read_windows_trans_targs[_trans];

	if ( _fd_read_windows_trans_actions[_trans] == 0 )
		goto _again;

	switch ( _fd_read_windows_trans_actions[_trans] ) {
	case 2:
#line 40 "spec/rules.rl"
	{ FDP_WHY(S1); }
	break;
	case 1:
#line 41 "spec/rules.rl"
	{ FDP_WHY(S2); }
	break;
	case 13:
#line 42 "spec/rules.rl"
	{ FDP_WHY(S3); }
	break;
	case 7:
#line 43 "spec/rules.rl"
	{ FDP_WHY(S4); }
	break;
	case 17:
#line 44 "spec/rules.rl"
	{ FDP_WHY(S5); }
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
	case 3:
#line 68 "spec/rules.rl"
	{ FDP_WHY(D3); }
	break;
	case 18:
#line 82 "spec/rules.rl"
	{ FDP_WHY(E7A); }
	break;
	case 16:
#line 83 "spec/rules.rl"
	{ FDP_WHY(E7B); }
	break;
	case 14:
#line 84 "spec/rules.rl"
	{ FDP_WHY(E7C); }
	break;
	case 19:
#line 94 "spec/rules.rl"
	{ FDP_WHY(DE6); }
	break;
	case 11:
#line 11 "spec/rules.rl"
	{ FDP_WHY(READ1); }
#line 9 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
	case 8:
#line 12 "spec/rules.rl"
	{ FDP_WHY(READ2); }
#line 9 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
	case 12:
#line 13 "spec/rules.rl"
	{ FDP_WHY(READ3); }
#line 9 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
	case 9:
#line 67 "spec/rules.rl"
	{ FDP_WHY(D2); }
#line 11 "spec/actions.rl"
	{ FDP_POST(io->in_err); }
	break;
	case 15:
#line 82 "spec/rules.rl"
	{ FDP_WHY(E7A); }
#line 9 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
	case 10:
#line 48 "spec/rules.rl"
	{ FDP_WHY(S9); }
#line 12 "spec/rules.rl"
	{ FDP_WHY(READ2); }
#line 9 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
#line 251 "gen/windows/fd_read.c"
	}

_again:
	if ( ++p != pe )
		goto _resume;
	_test_eof: {}
	}

#line 204 "spec/windows/fd_read.rl"
    (void)p; (void)pe;
    return cs;
}
