
#line 1 "spec/fd_oob.rl"

#line 2 "gen/fd_oob.c"
static const unsigned char _fd_oob_trans_keys[] = {
	3u, 36u, 3u, 36u, 4u, 36u, 3u, 36u, 0u, 0u, 3u, 36u, 3u, 36u, 3u, 36u, 
	0
};

static const char _fd_oob_key_spans[] = {
	34, 34, 33, 34, 0, 34, 34, 34
};

static const unsigned char _fd_oob_index_offsets[] = {
	0, 35, 70, 104, 139, 140, 175, 210
};

static const char _fd_oob_indicies[] = {
	1, 2, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 3, 0, 4, 0, 0, 5, 
	0, 0, 0, 0, 0, 0, 0, 6, 
	6, 7, 0, 1, 2, 9, 8, 8, 
	8, 8, 8, 8, 8, 8, 8, 8, 
	8, 8, 8, 8, 8, 10, 8, 4, 
	8, 8, 11, 8, 8, 8, 8, 8, 
	8, 8, 6, 6, 7, 8, 13, 12, 
	12, 12, 12, 12, 12, 12, 12, 12, 
	12, 12, 12, 12, 12, 12, 12, 12, 
	14, 4, 12, 12, 12, 12, 12, 12, 
	12, 12, 12, 12, 6, 6, 7, 12, 
	12, 15, 15, 15, 15, 15, 15, 15, 
	15, 15, 15, 15, 15, 15, 15, 15, 
	15, 15, 15, 16, 4, 15, 15, 15, 
	15, 15, 15, 15, 15, 15, 15, 6, 
	6, 7, 15, 6, 18, 5, 19, 17, 
	17, 17, 17, 17, 17, 17, 17, 17, 
	17, 17, 17, 17, 17, 17, 10, 17, 
	4, 17, 17, 20, 21, 17, 17, 17, 
	17, 17, 17, 6, 6, 7, 17, 18, 
	5, 22, 22, 22, 22, 22, 22, 22, 
	22, 22, 22, 22, 22, 22, 22, 22, 
	22, 3, 22, 4, 22, 22, 22, 0, 
	22, 22, 22, 22, 22, 22, 6, 6, 
	7, 22, 1, 2, 9, 21, 21, 21, 
	21, 21, 21, 21, 21, 21, 21, 21, 
	21, 21, 21, 21, 10, 21, 4, 21, 
	21, 23, 21, 21, 21, 21, 21, 21, 
	21, 6, 6, 7, 21, 0
};

static const char _fd_oob_trans_targs[] = {
	0, 1, 0, 3, 4, 6, 4, 4, 
	1, 1, 2, 5, 2, 3, 1, 3, 
	0, 5, 5, 5, 5, 7, 6, 5
};

static const char _fd_oob_trans_actions[] = {
	0, 1, 2, 3, 4, 2, 5, 6, 
	0, 7, 3, 8, 9, 2, 3, 9, 
	3, 0, 10, 11, 12, 0, 0, 13
};

static const int fd_oob_start = 0;


#line 72 "spec/fd_oob.rl"


static int fd_oob_step(int cs, unsigned char sym, fdp_io *io)
{
    const unsigned char *p = &sym, *pe = p + 1;
    
#line 68 "gen/fd_oob.c"
	{
	int _slen;
	int _trans;
	const unsigned char *_keys;
	const char *_inds;
	if ( p == pe )
		goto _test_eof;
_resume:
	_keys = _fd_oob_trans_keys + (cs<<1);
	_inds = _fd_oob_indicies + _fd_oob_index_offsets[cs];

	_slen = _fd_oob_key_spans[cs];
	_trans = _inds[ _slen > 0 && _keys[0] <=(*p) &&
		(*p) <= _keys[1] ?
		(*p) - _keys[0] : _slen ];

	cs = _fd_oob_trans_targs[_trans];

	if ( _fd_oob_trans_actions[_trans] == 0 )
		goto _again;

	switch ( _fd_oob_trans_actions[_trans] ) {
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
	case 9:
#line 47 "spec/rules.rl"
	{ FDP_WHY(S9); }
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
#line 17 "spec/rules.rl"
	{ FDP_WHY(OOB1); }
#line 8 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
	case 8:
#line 18 "spec/rules.rl"
	{ FDP_WHY(OOB2); }
#line 8 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
	case 11:
#line 19 "spec/rules.rl"
	{ FDP_WHY(OOB3); }
#line 8 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
#line 132 "gen/fd_oob.c"
	}

_again:
	if ( ++p != pe )
		goto _resume;
	_test_eof: {}
	}

#line 78 "spec/fd_oob.rl"
    (void)p; (void)pe;
    return cs;
}
