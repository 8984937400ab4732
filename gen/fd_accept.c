
#line 1 "spec/fd_accept.rl"

#line 2 "gen/fd_accept.c"
static const unsigned char _fd_accept_trans_keys[] = {
	3u, 36u, 3u, 36u, 0u, 0u, 3u, 36u, 3u, 36u, 3u, 36u, 0
};

static const char _fd_accept_key_spans[] = {
	34, 34, 0, 34, 34, 34
};

static const unsigned char _fd_accept_index_offsets[] = {
	0, 35, 70, 71, 106, 141
};

static const char _fd_accept_indicies[] = {
	1, 2, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 3, 0, 0, 0, 
	0, 4, 0, 0, 0, 0, 0, 0, 
	0, 5, 0, 1, 2, 6, 6, 6, 
	7, 8, 6, 6, 6, 6, 6, 6, 
	6, 6, 6, 6, 6, 6, 6, 3, 
	6, 6, 6, 6, 9, 6, 6, 6, 
	6, 6, 6, 6, 5, 6, 5, 11, 
	4, 10, 10, 10, 12, 13, 10, 10, 
	10, 10, 10, 10, 10, 10, 10, 10, 
	10, 10, 10, 3, 10, 10, 10, 10, 
	14, 15, 10, 10, 10, 10, 10, 10, 
	5, 10, 11, 4, 16, 16, 16, 16, 
	16, 16, 16, 16, 16, 16, 16, 16, 
	16, 16, 16, 16, 16, 16, 3, 16, 
	16, 16, 16, 16, 0, 16, 16, 16, 
	16, 16, 16, 5, 16, 1, 2, 15, 
	15, 15, 7, 17, 15, 15, 15, 15, 
	15, 15, 15, 15, 15, 15, 15, 15, 
	15, 3, 15, 15, 15, 15, 18, 15, 
	15, 15, 15, 15, 15, 15, 5, 15, 
	0
};

static const char _fd_accept_trans_targs[] = {
	0, 1, 0, 2, 4, 2, 1, 1, 
	1, 3, 3, 3, 3, 3, 3, 5, 
	4, 5, 3
};

static const char _fd_accept_trans_actions[] = {
	0, 1, 2, 3, 2, 4, 0, 5, 
	6, 7, 0, 8, 9, 6, 10, 0, 
	0, 6, 11
};

static const int fd_accept_start = 0;


#line 58 "spec/fd_accept.rl"


static int fd_accept_step(int cs, unsigned char sym, fdp_io *io)
{
    const unsigned char *p = &sym, *pe = p + 1;
    
#line 59 "gen/fd_accept.c"
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
#line 39 "spec/rules.rl"
	{ FDP_WHY(S1); }
	break;
	case 1:
#line 40 "spec/rules.rl"
	{ FDP_WHY(S2); }
	break;
	case 10:
#line 41 "spec/rules.rl"
	{ FDP_WHY(S3); }
	break;
	case 5:
#line 42 "spec/rules.rl"
	{ FDP_WHY(S4); }
	break;
	case 11:
#line 43 "spec/rules.rl"
	{ FDP_WHY(S5); }
	break;
	case 6:
#line 48 "spec/rules.rl"
	{ FDP_WHY(S10); }
	break;
	case 3:
#line 54 "spec/rules.rl"
	{ FDP_WHY(S16); }
	break;
	case 4:
#line 66 "spec/rules.rl"
	{ FDP_WHY(D2); }
	break;
	case 8:
#line 20 "spec/rules.rl"
	{ FDP_WHY(ACCEPT1); }
#line 8 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
	case 7:
#line 21 "spec/rules.rl"
	{ FDP_WHY(ACCEPT2); }
#line 8 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
	case 9:
#line 22 "spec/rules.rl"
	{ FDP_WHY(ACCEPT3); }
#line 8 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
#line 117 "gen/fd_accept.c"
	}

_again:
	if ( ++p != pe )
		goto _resume;
	_test_eof: {}
	}

#line 64 "spec/fd_accept.rl"
    (void)p; (void)pe;
    return cs;
}
