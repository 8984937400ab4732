
#line 1 "spec/fd_accept.rl"

#line 2 "gen/fd_accept.c"
static const unsigned char _fd_accept_trans_keys[] = {
	3u, 49u, 3u, 49u, 0u, 0u, 3u, 49u, 3u, 43u, 3u, 49u, 0
};

static const char _fd_accept_key_spans[] = {
	47, 47, 0, 47, 41, 47
};

static const unsigned char _fd_accept_index_offsets[] = {
	0, 48, 96, 97, 145, 187
};

static const char _fd_accept_indicies[] = {
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
	12, 4, 11, 11, 11, 11, 11, 15, 
	11, 12, 4, 17, 17, 17, 17, 17, 
	17, 17, 17, 17, 17, 17, 17, 17, 
	17, 17, 17, 17, 17, 3, 17, 17, 
	17, 17, 17, 0, 17, 17, 17, 17, 
	17, 17, 5, 17, 17, 17, 17, 17, 
	12, 4, 17, 1, 2, 16, 16, 16, 
	7, 18, 16, 16, 16, 16, 16, 16, 
	16, 16, 16, 16, 16, 16, 16, 3, 
	16, 16, 16, 16, 19, 16, 16, 16, 
	16, 16, 16, 16, 5, 16, 16, 16, 
	16, 16, 1, 2, 16, 16, 16, 16, 
	16, 19, 16, 0
};

static const char _fd_accept_trans_targs[] = {
	0, 1, 0, 2, 4, 2, 1, 1, 
	1, 3, 2, 3, 3, 3, 3, 3, 
	5, 4, 5, 3
};

static const char _fd_accept_trans_actions[] = {
	0, 1, 2, 3, 2, 4, 0, 5, 
	6, 7, 8, 0, 9, 10, 6, 11, 
	0, 0, 6, 12
};

static const int fd_accept_start = 0;


#line 60 "spec/fd_accept.rl"


static int fd_accept_step(int cs, unsigned char sym, fdp_io *io)
{
    const unsigned char *p = &sym, *pe = p + 1;
    
#line 66 "gen/fd_accept.c"
	{
	int _slen;
	int _trans;
	const unsigned char *_keys;
	const char *_inds;
	if ( p == pe )
		goto _test_eof;
_resume:
	_keys = _fd_accept_trans_keys + (cs<<1);
	_inds = _fd_accept_indicies + _fd_accept_index_offsets[cs];

	_slen = _fd_accept_key_spans[cs];
	_trans = _inds[ _slen > 0 && _keys[0] <=(*p) &&
		(*p) <= _keys[1] ?
		(*p) - _keys[0] : _slen ];

	cs = _fd_accept_trans_targs[_trans];

	if ( _fd_accept_trans_actions[_trans] == 0 )
		goto _again;

	switch ( _fd_accept_trans_actions[_trans] ) {
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
	case 12:
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
#line 128 "gen/fd_accept.c"
	}

_again:
	if ( ++p != pe )
		goto _resume;
	_test_eof: {}
	}

#line 66 "spec/fd_accept.rl"
    (void)p; (void)pe;
    return cs;
}
