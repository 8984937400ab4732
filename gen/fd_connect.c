
#line 1 "spec/fd_connect.rl"

#line 2 "gen/fd_connect.c"
static const unsigned char _fd_connect_trans_keys[] = {
	3u, 36u, 3u, 36u, 3u, 36u, 3u, 36u, 3u, 36u, 3u, 36u, 0u, 0u, 0
};

static const char _fd_connect_key_spans[] = {
	34, 34, 34, 34, 34, 34, 0
};

static const unsigned char _fd_connect_index_offsets[] = {
	0, 35, 70, 105, 140, 175, 210
};

static const char _fd_connect_indicies[] = {
	1, 2, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 3, 4, 2, 0, 0, 
	0, 0, 0, 0, 5, 0, 0, 0, 
	0, 0, 0, 3, 2, 0, 0, 0, 
	0, 6, 0, 1, 2, 7, 7, 7, 
	7, 7, 7, 7, 7, 7, 8, 9, 
	10, 7, 7, 7, 7, 7, 7, 5, 
	7, 7, 7, 7, 7, 7, 11, 12, 
	7, 7, 7, 7, 6, 7, 14, 3, 
	13, 13, 13, 13, 13, 13, 13, 13, 
	13, 11, 9, 15, 13, 13, 13, 13, 
	13, 13, 5, 13, 13, 13, 13, 13, 
	13, 11, 15, 13, 13, 16, 16, 6, 
	13, 14, 3, 17, 17, 17, 17, 17, 
	17, 17, 17, 17, 17, 4, 17, 17, 
	17, 17, 17, 17, 17, 5, 17, 17, 
	17, 17, 17, 17, 17, 17, 17, 17, 
	18, 18, 6, 17, 9, 4, 19, 19, 
	19, 19, 19, 19, 19, 19, 19, 3, 
	19, 4, 19, 19, 19, 19, 19, 19, 
	5, 19, 19, 19, 19, 19, 19, 3, 
	2, 19, 19, 19, 19, 6, 19, 9, 
	4, 20, 20, 20, 20, 20, 20, 20, 
	20, 20, 11, 20, 21, 20, 20, 20, 
	20, 20, 20, 5, 20, 20, 20, 20, 
	20, 20, 22, 23, 20, 20, 20, 20, 
	24, 20, 6, 0
};

static const char _fd_connect_trans_targs[] = {
	0, 1, 0, 3, 4, 6, 6, 1, 
	2, 5, 1, 2, 1, 2, 2, 2, 
	1, 3, 0, 4, 5, 5, 2, 1, 
	6
};

static const char _fd_connect_trans_actions[] = {
	0, 1, 2, 2, 2, 3, 4, 0, 
	5, 6, 7, 8, 9, 0, 10, 9, 
	11, 0, 11, 0, 0, 9, 12, 13, 
	14
};

static const int fd_connect_start = 0;


#line 77 "spec/fd_connect.rl"


static int fd_connect_step(int cs, unsigned char sym, fdp_io *io)
{
    const unsigned char *p = &sym, *pe = p + 1;
    
#line 65 "gen/fd_connect.c"
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
#line 39 "spec/rules.rl"
	{ FDP_WHY(S1); }
	break;
	case 1:
#line 40 "spec/rules.rl"
	{ FDP_WHY(S2); }
	break;
	case 6:
#line 45 "spec/rules.rl"
	{ FDP_WHY(S7); }
	break;
	case 3:
#line 54 "spec/rules.rl"
	{ FDP_WHY(S16); }
	break;
	case 4:
#line 66 "spec/rules.rl"
	{ FDP_WHY(D2); }
	break;
	case 11:
#line 68 "spec/rules.rl"
	{ FDP_WHY(D4); }
	break;
	case 10:
#line 23 "spec/rules.rl"
	{ FDP_WHY(CONNECT1); }
#line 8 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
	case 5:
#line 24 "spec/rules.rl"
	{ FDP_WHY(CONNECT2); }
#line 8 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
	case 7:
#line 24 "spec/rules.rl"
	{ FDP_WHY(CONNECT2); }
#line 10 "spec/actions.rl"
	{ FDP_POST(io->in_err); }
	break;
	case 12:
#line 26 "spec/rules.rl"
	{ FDP_WHY(CONNECT4); }
#line 8 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
	case 13:
#line 26 "spec/rules.rl"
	{ FDP_WHY(CONNECT4); }
#line 10 "spec/actions.rl"
	{ FDP_POST(io->in_err); }
	break;
	case 14:
#line 66 "spec/rules.rl"
	{ FDP_WHY(D2); }
#line 10 "spec/actions.rl"
	{ FDP_POST(io->in_err); }
	break;
	case 8:
#line 69 "spec/rules.rl"
	{ FDP_WHY(D5); }
#line 8 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
	case 9:
#line 69 "spec/rules.rl"
	{ FDP_WHY(D5); }
#line 10 "spec/actions.rl"
	{ FDP_POST(io->in_err); }
	break;
#line 137 "gen/fd_connect.c"
	}

_again:
	if ( ++p != pe )
		goto _resume;
	_test_eof: {}
	}

#line 83 "spec/fd_connect.rl"
    (void)p; (void)pe;
    return cs;
}
