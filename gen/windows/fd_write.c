
#line 1 "spec/windows/fd_write.rl"

#line 2 "gen/windows/fd_write.c"
static const unsigned char _fd_write_windows_trans_keys[] = {
	1u, 46u, 3u, 43u, 3u, 46u, 3u, 46u, 3u, 43u, 0u, 0u, 0u, 0u, 3u, 43u, 
	2u, 46u, 3u, 43u, 3u, 43u, 1u, 46u, 0
};

static const char _fd_write_windows_key_spans[] = {
	46, 41, 44, 44, 41, 0, 0, 41, 
	45, 41, 41, 46
};

static const short _fd_write_windows_index_offsets[] = {
	0, 47, 89, 134, 179, 221, 222, 223, 
	265, 311, 353, 395
};

static const char _fd_write_windows_indicies[] = {
	1, 2, 3, 4, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 2, 0, 0, 
	0, 0, 5, 0, 0, 0, 6, 0, 
	0, 0, 0, 0, 0, 2, 0, 0, 
	0, 7, 7, 8, 0, 0, 0, 0, 
	0, 3, 4, 0, 0, 2, 0, 10, 
	11, 9, 9, 12, 9, 9, 9, 9, 
	9, 9, 9, 9, 9, 9, 9, 5, 
	9, 9, 9, 6, 9, 9, 9, 9, 
	9, 9, 9, 9, 9, 9, 7, 7, 
	8, 9, 9, 9, 9, 9, 10, 11, 
	9, 10, 11, 13, 14, 15, 13, 13, 
	13, 13, 13, 13, 16, 13, 13, 17, 
	13, 5, 13, 13, 13, 6, 13, 13, 
	13, 13, 13, 13, 16, 13, 13, 13, 
	7, 7, 8, 13, 13, 13, 13, 13, 
	10, 11, 13, 13, 16, 13, 15, 19, 
	18, 15, 15, 18, 18, 18, 18, 18, 
	18, 15, 18, 18, 15, 18, 5, 18, 
	18, 18, 6, 18, 18, 18, 18, 18, 
	18, 15, 18, 20, 18, 7, 7, 21, 
	18, 18, 18, 18, 18, 15, 19, 18, 
	18, 15, 18, 15, 19, 22, 22, 22, 
	22, 22, 22, 22, 22, 22, 22, 22, 
	22, 22, 22, 5, 22, 22, 22, 6, 
	22, 22, 22, 22, 22, 22, 22, 22, 
	11, 22, 7, 7, 8, 22, 22, 22, 
	22, 22, 15, 19, 22, 5, 7, 24, 
	2, 23, 23, 25, 23, 23, 23, 23, 
	23, 23, 23, 23, 23, 23, 23, 5, 
	23, 23, 23, 6, 23, 23, 23, 23, 
	23, 23, 23, 23, 23, 23, 7, 7, 
	8, 23, 23, 23, 23, 23, 24, 2, 
	23, 27, 24, 2, 26, 28, 29, 26, 
	26, 26, 26, 26, 26, 27, 26, 26, 
	26, 26, 5, 26, 26, 26, 6, 26, 
	26, 26, 26, 26, 26, 27, 26, 26, 
	26, 7, 7, 8, 26, 26, 26, 26, 
	26, 24, 2, 26, 26, 27, 26, 29, 
	31, 30, 29, 29, 30, 30, 30, 30, 
	30, 30, 30, 30, 30, 30, 30, 5, 
	30, 30, 30, 6, 30, 30, 30, 30, 
	30, 30, 30, 30, 32, 30, 7, 7, 
	21, 30, 30, 30, 30, 30, 29, 31, 
	30, 29, 31, 33, 33, 33, 33, 33, 
	33, 33, 33, 33, 33, 33, 33, 33, 
	33, 5, 33, 33, 33, 6, 33, 33, 
	33, 33, 33, 33, 33, 33, 2, 33, 
	7, 7, 8, 33, 33, 33, 33, 33, 
	29, 31, 33, 35, 36, 37, 4, 34, 
	34, 34, 34, 34, 34, 34, 34, 34, 
	38, 34, 34, 34, 34, 5, 34, 34, 
	34, 6, 34, 34, 34, 34, 34, 34, 
	38, 34, 34, 34, 7, 7, 21, 34, 
	34, 34, 34, 34, 37, 4, 34, 34, 
	38, 34, 0
};

static const char _fd_write_windows_trans_targs[] = {
	0, 1, 7, 11, 0, 5, 6, 6, 
	6, 1, 2, 1, 4, 2, 2, 3, 
	2, 2, 3, 4, 2, 6, 4, 7, 
	8, 10, 8, 8, 8, 9, 9, 10, 
	8, 10, 11, 2, 8, 11, 8
};

static const char _fd_write_windows_trans_actions[] = {
	0, 1, 2, 3, 2, 1, 4, 5, 
	6, 0, 7, 2, 8, 0, 8, 8, 
	9, 10, 0, 2, 11, 12, 0, 0, 
	7, 8, 0, 1, 8, 8, 0, 2, 
	11, 0, 0, 1, 13, 8, 14
};

static const int fd_write_windows_start = 0;


#line 23 "spec/windows/fd_write.rl"


static int fd_write_windows_step(int cs, unsigned char sym, fdp_io *io)
{
    const unsigned char *p = &sym, *pe = p + 1;
    
#line 99 "gen/windows/fd_write.c"
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
	case 7:
#line 14 "spec/rules.rl"
	{ FDP_WHY(WRITE1); }
#line 9 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
	case 14:
#line 15 "spec/rules.rl"
	{ FDP_WHY(WRITE2); }
#line 9 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
	case 11:
#line 16 "spec/rules.rl"
	{ FDP_WHY(WRITE3); }
#line 9 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
	case 13:
#line 50 "spec/rules.rl"
	{ FDP_WHY(S11); }
#line 9 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
	case 9:
#line 63 "spec/rules.rl"
	{ FDP_WHY(W4); }
#line 9 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
	case 12:
#line 67 "spec/rules.rl"
	{ FDP_WHY(D2); }
#line 11 "spec/actions.rl"
	{ FDP_POST(io->in_err); }
	break;
	case 10:
#line 17 "spec/rules.rl"
	{ FDP_WHY(WRITE4); }
#line 66 "spec/rules.rl"
	{ FDP_WHY(D1); }
#line 10 "spec/actions.rl"
	{ FDP_POST_OPTIONAL(0); }
	break;
#line 171 "gen/windows/fd_write.c"
	}

_again:
	if ( ++p != pe )
		goto _resume;
	_test_eof: {}
	}

#line 29 "spec/windows/fd_write.rl"
    (void)p; (void)pe;
    return cs;
}
