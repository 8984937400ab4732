
#line 1 "spec/windows/fd_accept.rl"

#line 2 "gen/windows/fd_accept.c"
static const unsigned char _fd_accept_windows_trans_keys[] = {
	3u, 49u, 3u, 49u, 0u, 0u, 3u, 50u, 3u, 43u, 3u, 49u, 3u, 49u, 3u, 49u, 
	0
};

static const char _fd_accept_windows_key_spans[] = {
	47, 47, 0, 48, 41, 47, 47, 47
};

static const short _fd_accept_windows_index_offsets[] = {
	0, 48, 96, 97, 146, 188, 236, 284
};

static const char _fd_accept_windows_indicies[] = {
	1, 2, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 3, 0, 0, 0, 
	0, 4, 0, 0, 0, 0, 0, 0, 
	0, 5, 0, 0, 0, 0, 0, 1, 
	2, 0, 0, 0, 0, 0, 4, 0, 
	1, 2, 6, 6, 6, 7, 8, 6, 
	6, 6, 6, 6, 6, 6, 6, 6, 
	6, 6, 6, 6, 3, 6, 6, 6, 
	6, 9, 6, 6, 6, 6, 6, 6, 
	6, 10, 6, 6, 6, 6, 6, 1, 
	2, 6, 6, 6, 6, 6, 9, 6, 
	5, 12, 4, 11, 11, 11, 13, 14, 
	11, 11, 11, 11, 11, 11, 11, 11, 
	11, 11, 11, 11, 11, 3, 11, 11, 
	11, 11, 15, 16, 11, 11, 11, 11, 
	11, 11, 5, 11, 11, 11, 11, 11, 
	12, 4, 11, 11, 11, 11, 11, 17, 
	18, 11, 12, 4, 19, 19, 19, 19, 
	19, 19, 19, 19, 19, 19, 19, 19, 
	19, 19, 19, 19, 19, 19, 3, 19, 
	19, 19, 19, 19, 0, 19, 19, 19, 
	19, 19, 19, 5, 19, 19, 19, 19, 
	19, 12, 4, 19, 1, 2, 16, 16, 
	16, 7, 20, 16, 16, 16, 16, 16, 
	16, 16, 16, 16, 16, 16, 16, 16, 
	3, 16, 16, 16, 16, 21, 16, 16, 
	16, 16, 16, 16, 16, 5, 16, 16, 
	16, 16, 16, 1, 2, 16, 16, 16, 
	16, 16, 17, 16, 12, 4, 22, 22, 
	22, 13, 23, 22, 22, 22, 22, 22, 
	22, 22, 22, 22, 22, 22, 22, 22, 
	3, 22, 22, 22, 22, 22, 16, 22, 
	22, 22, 22, 22, 22, 5, 22, 22, 
	22, 22, 22, 18, 24, 22, 22, 22, 
	22, 22, 17, 22, 12, 4, 25, 25, 
	25, 26, 25, 25, 25, 25, 25, 25, 
	25, 25, 25, 25, 25, 25, 25, 25, 
	3, 25, 25, 25, 25, 25, 0, 25, 
	25, 25, 25, 25, 25, 5, 25, 25, 
	25, 25, 25, 18, 24, 25, 25, 25, 
	25, 25, 26, 25, 0
};

static const char _fd_accept_windows_trans_targs[] = {
	0, 1, 0, 2, 4, 2, 1, 1, 
	1, 3, 2, 3, 3, 3, 3, 3, 
	5, 3, 6, 4, 5, 3, 6, 6, 
	7, 7, 4
};

static const char _fd_accept_windows_trans_actions[] = {
	0, 1, 2, 3, 2, 4, 0, 5, 
	6, 7, 8, 0, 9, 10, 6, 11, 
	0, 12, 13, 0, 6, 14, 0, 6, 
	13, 0, 15
};

static const int fd_accept_windows_start = 0;


#line 80 "spec/windows/fd_accept.rl"


static int fd_accept_windows_step(int cs, unsigned char sym, fdp_io *io)
{
    const unsigned char *p = &sym, *pe = p + 1;
    
#line 81 "gen/windows/fd_accept.c"
	{
	int _slen;
	int _trans;
	const unsigned char *_keys;
	const char *_inds;
	if ( p == pe )
		goto _test_eof;
_resume:
	_keys = _fd_accept_windows_trans_keys + (cs<<1);
	_inds = _fd_accept_windows_indicies + _fd_accept_windows_index_offsets[cs];

	_slen = _fd_accept_windows_key_spans[cs];
	_trans = _inds[ _slen > 0 && _keys[0] <=(*p) &&
		(*p) <= _keys[1] ?
		(*p) - _keys[0] : _slen ];

	cs = _fd_accept_windows_trans_targs[_trans];

	if ( _fd_accept_windows_trans_actions[_trans] == 0 )
		goto _again;

	switch ( _fd_accept_windows_trans_actions[_trans] ) {
	case 2:
#line 40 "spec/rules.rl"
	{ FDP_WHY(S1); }
	break;
	case 1:
#line 41 "spec/rules.rl"
	{ FDP_WHY(S2); }
	break;
	case 11:
#line 42 "spec/rules.rl"
	{ FDP_WHY(S3); }
	break;
	case 5:
#line 43 "spec/rules.rl"
	{ FDP_WHY(S4); }
	break;
	case 14:
#line 44 "spec/rules.rl"
	{ FDP_WHY(S5); }
	break;
	case 6:
#line 49 "spec/rules.rl"
	{ FDP_WHY(S10); }
	break;
	case 3:
#line 55 "spec/rules.rl"
	{ FDP_WHY(S16); }
	break;
	case 4:
#line 67 "spec/rules.rl"
	{ FDP_WHY(D2); }
	break;
	case 15:
#line 82 "spec/rules.rl"
	{ FDP_WHY(E7A); }
	break;
	case 13:
#line 83 "spec/rules.rl"
	{ FDP_WHY(E7B); }
	break;
	case 9:
#line 21 "spec/rules.rl"
	{ FDP_WHY(ACCEPT1); }
#line 9 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
	case 7:
#line 22 "spec/rules.rl"
	{ FDP_WHY(ACCEPT2); }
#line 9 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
	case 10:
#line 23 "spec/rules.rl"
	{ FDP_WHY(ACCEPT3); }
#line 9 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
	case 8:
#line 67 "spec/rules.rl"
	{ FDP_WHY(D2); }
#line 11 "spec/actions.rl"
	{ FDP_POST(io->in_err); }
	break;
	case 12:
#line 82 "spec/rules.rl"
	{ FDP_WHY(E7A); }
#line 9 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
#line 153 "gen/windows/fd_accept.c"
	}

_again:
	if ( ++p != pe )
		goto _resume;
	_test_eof: {}
	}

#line 86 "spec/windows/fd_accept.rl"
    (void)p; (void)pe;
    return cs;
}
