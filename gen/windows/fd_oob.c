
#line 1 "spec/windows/fd_oob.rl"

#line 2 "gen/windows/fd_oob.c"
static const unsigned char _fd_oob_windows_trans_keys[] = {
	3u, 48u, 3u, 48u, 4u, 43u, 3u, 42u, 0u, 0u, 3u, 50u, 3u, 43u, 3u, 48u, 
	3u, 48u, 3u, 48u, 0
};

static const char _fd_oob_windows_key_spans[] = {
	46, 46, 40, 40, 0, 48, 41, 46, 
	46, 46
};

static const short _fd_oob_windows_index_offsets[] = {
	0, 47, 94, 135, 176, 177, 226, 268, 
	315, 362
};

static const char _fd_oob_windows_indicies[] = {
	1, 2, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 3, 0, 4, 0, 0, 5, 
	0, 0, 0, 0, 0, 0, 0, 6, 
	6, 7, 0, 0, 0, 0, 0, 1, 
	2, 0, 0, 0, 0, 5, 0, 1, 
	2, 9, 8, 8, 8, 8, 8, 8, 
	8, 8, 8, 8, 8, 8, 8, 8, 
	8, 10, 8, 4, 8, 8, 11, 8, 
	8, 8, 8, 8, 8, 8, 6, 6, 
	12, 8, 8, 8, 8, 8, 1, 2, 
	9, 9, 8, 8, 11, 8, 14, 13, 
	13, 13, 13, 13, 13, 13, 13, 13, 
	13, 13, 13, 13, 13, 13, 13, 13, 
	15, 4, 13, 13, 13, 13, 13, 13, 
	13, 13, 13, 13, 6, 6, 7, 13, 
	13, 13, 13, 13, 13, 14, 13, 13, 
	16, 16, 16, 16, 16, 16, 16, 16, 
	16, 16, 16, 16, 16, 16, 16, 16, 
	16, 16, 17, 4, 16, 16, 16, 16, 
	16, 16, 16, 16, 16, 16, 6, 6, 
	7, 16, 16, 16, 16, 16, 13, 16, 
	6, 19, 5, 20, 18, 18, 18, 18, 
	18, 18, 18, 18, 18, 18, 18, 18, 
	18, 18, 18, 10, 18, 4, 18, 18, 
	21, 22, 18, 18, 18, 18, 18, 18, 
	6, 6, 7, 18, 18, 18, 18, 18, 
	19, 5, 20, 23, 18, 18, 24, 18, 
	25, 18, 19, 5, 26, 26, 26, 26, 
	26, 26, 26, 26, 26, 26, 26, 26, 
	26, 26, 26, 26, 3, 26, 4, 26, 
	26, 26, 0, 26, 26, 26, 26, 26, 
	26, 6, 6, 7, 26, 26, 26, 26, 
	26, 19, 5, 26, 1, 2, 9, 22, 
	22, 22, 22, 22, 22, 22, 22, 22, 
	22, 22, 22, 22, 22, 22, 10, 22, 
	4, 22, 22, 27, 22, 22, 22, 22, 
	22, 22, 22, 6, 6, 7, 22, 22, 
	22, 22, 22, 1, 2, 9, 28, 22, 
	22, 24, 22, 19, 5, 20, 29, 29, 
	29, 29, 29, 29, 29, 29, 29, 29, 
	29, 29, 29, 29, 29, 10, 29, 4, 
	29, 29, 29, 22, 29, 29, 29, 29, 
	29, 29, 6, 6, 7, 29, 29, 29, 
	29, 29, 25, 30, 20, 31, 29, 29, 
	24, 29, 19, 5, 33, 32, 32, 32, 
	32, 32, 32, 32, 32, 32, 32, 32, 
	32, 32, 32, 32, 3, 32, 4, 32, 
	32, 32, 0, 32, 32, 32, 32, 32, 
	32, 6, 6, 7, 32, 32, 32, 32, 
	32, 25, 30, 33, 32, 32, 32, 33, 
	32, 0
};

static const char _fd_oob_windows_trans_targs[] = {
	0, 1, 0, 3, 4, 6, 4, 4, 
	1, 1, 2, 5, 4, 2, 3, 1, 
	3, 0, 5, 5, 5, 5, 7, 5, 
	5, 8, 6, 5, 7, 8, 9, 8, 
	9, 6
};

static const char _fd_oob_windows_trans_actions[] = {
	0, 1, 2, 3, 4, 2, 5, 6, 
	0, 7, 3, 8, 9, 10, 2, 3, 
	10, 3, 0, 11, 12, 13, 0, 14, 
	15, 16, 0, 17, 14, 0, 16, 14, 
	0, 18
};

static const int fd_oob_windows_start = 0;


#line 99 "spec/windows/fd_oob.rl"


static int fd_oob_windows_step(int cs, unsigned char sym, fdp_io *io)
{
    const unsigned char *p = &sym, *pe = p + 1;
    
#line 95 "gen/windows/fd_oob.c"
	{
	int _slen;
	int _trans;
	const unsigned char *_keys;
	const char *_inds;
	if ( p == pe )
		goto _test_eof;
_resume:
	_keys = _fd_oob_windows_trans_keys + (cs<<1);
	_inds = _fd_oob_windows_indicies + _fd_oob_windows_index_offsets[cs];

	_slen = _fd_oob_windows_key_spans[cs];
	_trans = _inds[ _slen > 0 && _keys[0] <=(*p) &&
		(*p) <= _keys[1] ?
		(*p) - _keys[0] : _slen ];

	cs = _fd_oob_windows_trans_targs[_trans];

	if ( _fd_oob_windows_trans_actions[_trans] == 0 )
		goto _again;

	switch ( _fd_oob_windows_trans_actions[_trans] ) {
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
	case 10:
#line 48 "spec/rules.rl"
	{ FDP_WHY(S9); }
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
	case 11:
#line 18 "spec/rules.rl"
	{ FDP_WHY(OOB1); }
#line 9 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
	case 8:
#line 19 "spec/rules.rl"
	{ FDP_WHY(OOB2); }
#line 9 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
	case 12:
#line 20 "spec/rules.rl"
	{ FDP_WHY(OOB3); }
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
#line 176 "gen/windows/fd_oob.c"
	}

_again:
	if ( ++p != pe )
		goto _resume;
	_test_eof: {}
	}

#line 105 "spec/windows/fd_oob.rl"
    (void)p; (void)pe;
    return cs;
}
