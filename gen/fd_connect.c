
#line 1 "spec/fd_connect.rl"

#line 2 "gen/fd_connect.c"
static const unsigned char _fd_connect_trans_keys[] = {
	3u, 46u, 3u, 46u, 3u, 46u, 3u, 43u, 3u, 46u, 3u, 46u, 0u, 0u, 0
};

static const char _fd_connect_key_spans[] = {
	44, 44, 44, 41, 44, 44, 0
};

static const short _fd_connect_index_offsets[] = {
	0, 45, 90, 135, 177, 222, 267
};

static const char _fd_connect_indicies[] = {
	1, 2, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 3, 4, 2, 0, 0, 
	0, 0, 0, 0, 5, 0, 0, 0, 
	0, 0, 0, 3, 2, 0, 0, 0, 
	0, 6, 0, 0, 0, 0, 0, 1, 
	2, 0, 0, 3, 0, 1, 2, 7, 
	7, 7, 7, 7, 7, 7, 7, 7, 
	8, 9, 10, 7, 7, 7, 7, 7, 
	7, 5, 7, 7, 7, 7, 7, 7, 
	11, 12, 7, 7, 7, 7, 6, 7, 
	7, 7, 7, 7, 1, 2, 7, 7, 
	8, 7, 14, 3, 13, 13, 13, 13, 
	13, 13, 13, 13, 13, 11, 9, 15, 
	13, 13, 13, 13, 13, 13, 5, 13, 
	13, 13, 13, 13, 13, 11, 15, 13, 
	13, 1, 1, 6, 13, 13, 13, 13, 
	13, 14, 3, 13, 13, 11, 13, 14, 
	3, 16, 16, 16, 16, 16, 16, 16, 
	16, 16, 16, 4, 16, 16, 16, 16, 
	16, 16, 16, 5, 16, 16, 16, 16, 
	16, 16, 16, 16, 16, 16, 17, 17, 
	6, 16, 16, 16, 16, 16, 14, 3, 
	16, 9, 4, 18, 18, 18, 18, 18, 
	18, 18, 18, 18, 3, 18, 4, 18, 
	18, 18, 18, 18, 18, 5, 18, 18, 
	18, 18, 18, 18, 3, 2, 18, 18, 
	18, 18, 6, 18, 18, 18, 18, 18, 
	9, 4, 18, 18, 3, 18, 9, 4, 
	19, 19, 19, 19, 19, 19, 19, 19, 
	19, 11, 19, 20, 19, 19, 19, 19, 
	19, 19, 5, 19, 19, 19, 19, 19, 
	19, 21, 22, 19, 19, 19, 19, 23, 
	19, 19, 19, 19, 19, 9, 4, 19, 
	19, 11, 19, 6, 0
};

static const char _fd_connect_trans_targs[] = {
	0, 1, 0, 3, 4, 6, 6, 1, 
	2, 5, 1, 2, 1, 2, 2, 2, 
	3, 0, 4, 5, 5, 2, 1, 6
};

static const char _fd_connect_trans_actions[] = {
	0, 1, 2, 2, 2, 3, 4, 0, 
	5, 6, 7, 8, 9, 0, 10, 9, 
	0, 1, 0, 0, 9, 11, 12, 13
};

static const int fd_connect_start = 0;


#line 78 "spec/fd_connect.rl"


static int fd_connect_step(int cs, unsigned char sym, fdp_io *io)
{
    const unsigned char *p = &sym, *pe = p + 1;
    
#line 70 "gen/fd_connect.c"
	{
	int _slen;
	int _trans;
	const unsigned char *_keys;
	const char *_inds;
	if ( p == pe )
		goto _test_eof;
_resume:
	_keys = _fd_connect_trans_keys + (cs<<1);
	_inds = _fd_connect_indicies + _fd_connect_index_offsets[cs];

	_slen = _fd_connect_key_spans[cs];
	_trans = _inds[ _slen > 0 && _keys[0] <=(*p) &&
		(*p) <= _keys[1] ?
		(*p) - _keys[0] : _slen ];

	cs = _fd_connect_trans_targs[_trans];

	if ( _fd_connect_trans_actions[_trans] == 0 )
		goto _again;

	switch ( _fd_connect_trans_actions[_trans] ) {
	case 2:
#line 40 "spec/rules.rl"
	{ FDP_WHY(S1); }
	break;
	case 6:
#line 46 "spec/rules.rl"
	{ FDP_WHY(S7); }
	break;
	case 3:
#line 55 "spec/rules.rl"
	{ FDP_WHY(S16); }
	break;
	case 4:
#line 67 "spec/rules.rl"
	{ FDP_WHY(D2); }
	break;
	case 1:
#line 69 "spec/rules.rl"
	{ FDP_WHY(D4); }
	break;
	case 10:
#line 24 "spec/rules.rl"
	{ FDP_WHY(CONNECT1); }
#line 9 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
	case 5:
#line 25 "spec/rules.rl"
	{ FDP_WHY(CONNECT2); }
#line 9 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
	case 7:
#line 25 "spec/rules.rl"
	{ FDP_WHY(CONNECT2); }
#line 11 "spec/actions.rl"
	{ FDP_POST(io->in_err); }
	break;
	case 11:
#line 27 "spec/rules.rl"
	{ FDP_WHY(CONNECT4); }
#line 9 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
	case 12:
#line 27 "spec/rules.rl"
	{ FDP_WHY(CONNECT4); }
#line 11 "spec/actions.rl"
	{ FDP_POST(io->in_err); }
	break;
	case 13:
#line 67 "spec/rules.rl"
	{ FDP_WHY(D2); }
#line 15 "spec/actions.rl"
	{ FDP_POST(FDP_WSAENETUNREACH); }
	break;
	case 8:
#line 70 "spec/rules.rl"
	{ FDP_WHY(D5); }
#line 9 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
	case 9:
#line 70 "spec/rules.rl"
	{ FDP_WHY(D5); }
#line 11 "spec/actions.rl"
	{ FDP_POST(io->in_err); }
	break;
#line 139 "gen/fd_connect.c"
	}

_again:
	if ( ++p != pe )
		goto _resume;
	_test_eof: {}
	}

#line 84 "spec/fd_connect.rl"
    (void)p; (void)pe;
    return cs;
}
