
#line 1 "spec/fd_read.rl"

#line 2 "gen/fd_read.c"
static const unsigned char _fd_read_trans_keys[] = {
	3u, 36u, 3u, 36u, 3u, 36u, 3u, 36u, 0u, 0u, 3u, 36u, 3u, 36u, 3u, 36u, 
	3u, 36u, 3u, 36u, 3u, 36u, 0
};

static const char _fd_read_key_spans[] = {
	34, 34, 34, 34, 0, 34, 34, 34, 
	34, 34, 34
};

static const short _fd_read_index_offsets[] = {
	0, 35, 70, 105, 140, 141, 176, 211, 
	246, 281, 316
};

static const char _fd_read_indicies[] = {
	1, 2, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 3, 0, 4, 5, 0, 0, 
	0, 0, 0, 0, 0, 0, 6, 7, 
	7, 8, 0, 1, 2, 10, 9, 9, 
	9, 9, 9, 9, 9, 9, 9, 9, 
	9, 9, 9, 9, 9, 11, 9, 4, 
	12, 9, 9, 9, 9, 9, 9, 9, 
	9, 13, 7, 7, 8, 9, 15, 16, 
	17, 14, 14, 14, 14, 14, 14, 14, 
	14, 14, 14, 14, 14, 14, 14, 14, 
	14, 18, 4, 19, 14, 19, 14, 14, 
	14, 14, 14, 14, 20, 7, 7, 8, 
	14, 15, 16, 21, 21, 21, 21, 21, 
	21, 21, 21, 21, 21, 21, 21, 21, 
	21, 21, 21, 21, 22, 4, 23, 21, 
	23, 21, 21, 21, 21, 21, 21, 24, 
	7, 7, 8, 21, 7, 26, 23, 25, 
	25, 25, 25, 25, 25, 25, 25, 25, 
	25, 25, 25, 25, 25, 25, 25, 25, 
	27, 4, 25, 21, 25, 25, 25, 25, 
	25, 25, 25, 28, 7, 7, 8, 25, 
	26, 23, 30, 29, 29, 29, 29, 29, 
	29, 29, 29, 29, 29, 29, 29, 29, 
	29, 29, 29, 31, 4, 32, 33, 32, 
	29, 29, 29, 29, 29, 29, 34, 7, 
	7, 8, 29, 36, 5, 37, 35, 35, 
	35, 35, 35, 35, 35, 35, 35, 35, 
	35, 35, 35, 35, 35, 38, 35, 4, 
	39, 40, 35, 35, 35, 35, 35, 35, 
	35, 41, 7, 7, 8, 35, 36, 5, 
	42, 42, 42, 42, 42, 42, 42, 42, 
	42, 42, 42, 42, 42, 42, 42, 42, 
	43, 42, 4, 42, 0, 42, 42, 42, 
	42, 42, 42, 42, 44, 7, 7, 8, 
	42, 1, 2, 10, 40, 40, 40, 40, 
	40, 40, 40, 40, 40, 40, 40, 40, 
	40, 40, 40, 45, 40, 4, 46, 40, 
	40, 40, 40, 40, 40, 40, 40, 47, 
	7, 7, 8, 40, 15, 16, 17, 33, 
	33, 33, 33, 33, 33, 33, 33, 33, 
	33, 33, 33, 33, 33, 33, 33, 48, 
	4, 49, 33, 49, 33, 33, 33, 33, 
	33, 33, 50, 7, 7, 8, 33, 0
};

static const char _fd_read_trans_targs[] = {
	0, 1, 0, 3, 4, 8, 0, 4, 
	4, 1, 1, 2, 7, 1, 2, 2, 
	3, 2, 1, 6, 2, 3, 0, 5, 
	3, 5, 6, 8, 5, 6, 6, 7, 
	6, 10, 6, 7, 7, 7, 6, 7, 
	9, 7, 8, 5, 8, 10, 7, 9, 
	9, 6, 10
};

static const char _fd_read_trans_actions[] = {
	0, 1, 2, 3, 4, 2, 5, 5, 
	6, 0, 7, 3, 8, 5, 0, 1, 
	2, 7, 3, 9, 5, 0, 3, 2, 
	5, 0, 10, 3, 5, 0, 11, 3, 
	12, 0, 5, 0, 10, 11, 3, 12, 
	0, 5, 0, 3, 5, 3, 13, 5, 
	3, 13, 5
};

static const int fd_read_start = 0;


#line 101 "spec/fd_read.rl"


static int fd_read_step(int cs, unsigned char sym, fdp_io *io)
{
    const unsigned char *p = &sym, *pe = p + 1;
    
#line 91 "gen/fd_read.c"
	{
	int _slen;
	int _trans;
	const unsigned char *_keys;
	const char *_inds;
	if ( p == pe )
		goto _test_eof;
_resume:
	_keys = _fd_read_trans_keys + (cs<<1);
	_inds = _fd_read_indicies + _fd_read_index_offsets[cs];

	_slen = _fd_read_key_spans[cs];
	_trans = _inds[ _slen > 0 && _keys[0] <=(*p) &&
		(*p) <= _keys[1] ?
		(*p) - _keys[0] : _slen ];

	cs = _fd_read_trans_targs[_trans];

	if ( _fd_read_trans_actions[_trans] == 0 )
		goto _again;

	switch ( _fd_read_trans_actions[_trans] ) {
	case 2:
#line 39 "spec/rules.rl"
	{ FDP_WHY(S1); }
	break;
	case 1:
#line 40 "spec/rules.rl"
	{ FDP_WHY(S2); }
	break;
	case 12:
#line 41 "spec/rules.rl"
	{ FDP_WHY(S3); }
	break;
	case 7:
#line 42 "spec/rules.rl"
	{ FDP_WHY(S4); }
	break;
	case 13:
#line 43 "spec/rules.rl"
	{ FDP_WHY(S5); }
	break;
	case 5:
#line 46 "spec/rules.rl"
	{ FDP_WHY(S8); }
	break;
	case 4:
#line 54 "spec/rules.rl"
	{ FDP_WHY(S16); }
	break;
	case 6:
#line 66 "spec/rules.rl"
	{ FDP_WHY(D2); }
	break;
	case 3:
#line 67 "spec/rules.rl"
	{ FDP_WHY(D3); }
	break;
	case 10:
#line 10 "spec/rules.rl"
	{ FDP_WHY(READ1); }
#line 8 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
	case 8:
#line 11 "spec/rules.rl"
	{ FDP_WHY(READ2); }
#line 8 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
	case 11:
#line 12 "spec/rules.rl"
	{ FDP_WHY(READ3); }
#line 8 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
	case 9:
#line 47 "spec/rules.rl"
	{ FDP_WHY(S9); }
#line 11 "spec/rules.rl"
	{ FDP_WHY(READ2); }
#line 8 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
#line 157 "gen/fd_read.c"
	}

_again:
	if ( ++p != pe )
		goto _resume;
	_test_eof: {}
	}

#line 107 "spec/fd_read.rl"
    (void)p; (void)pe;
    return cs;
}
