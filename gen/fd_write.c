
#line 1 "spec/fd_write.rl"

#line 2 "gen/fd_write.c"
static const unsigned char _fd_write_trans_keys[] = {
	1u, 36u, 3u, 36u, 3u, 36u, 3u, 36u, 3u, 36u, 0u, 0u, 3u, 36u, 2u, 36u, 
	3u, 36u, 3u, 36u, 1u, 36u, 0
};

static const char _fd_write_key_spans[] = {
	36, 34, 34, 34, 34, 0, 34, 35, 
	34, 34, 36
};

static const short _fd_write_index_offsets[] = {
	0, 37, 72, 107, 142, 177, 178, 213, 
	249, 284, 319
};

static const char _fd_write_indicies[] = {
	1, 2, 3, 4, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 2, 0, 0, 
	0, 0, 0, 0, 0, 0, 5, 0, 
	0, 0, 0, 0, 0, 2, 0, 0, 
	0, 6, 6, 7, 0, 9, 10, 8, 
	8, 11, 8, 8, 8, 8, 8, 8, 
	8, 8, 8, 8, 8, 8, 8, 8, 
	8, 5, 8, 8, 8, 8, 8, 8, 
	8, 8, 8, 8, 6, 6, 7, 8, 
	9, 10, 12, 13, 14, 12, 12, 12, 
	12, 12, 12, 15, 12, 12, 16, 12, 
	12, 12, 12, 12, 5, 12, 12, 12, 
	12, 12, 12, 15, 12, 12, 12, 6, 
	6, 7, 12, 14, 18, 17, 14, 14, 
	17, 17, 17, 17, 17, 17, 14, 17, 
	17, 14, 17, 17, 17, 17, 17, 5, 
	17, 17, 17, 17, 17, 17, 14, 17, 
	19, 17, 6, 6, 7, 17, 14, 18, 
	20, 20, 20, 20, 20, 20, 20, 20, 
	20, 20, 20, 20, 20, 20, 20, 20, 
	20, 20, 5, 20, 20, 20, 20, 20, 
	20, 20, 20, 10, 20, 6, 6, 7, 
	20, 6, 22, 2, 21, 21, 23, 21, 
	21, 21, 21, 21, 21, 21, 21, 21, 
	21, 21, 21, 21, 21, 21, 5, 21, 
	21, 21, 21, 21, 21, 21, 21, 21, 
	21, 6, 6, 7, 21, 25, 22, 2, 
	24, 26, 27, 24, 24, 24, 24, 24, 
	24, 25, 24, 24, 24, 24, 24, 24, 
	24, 24, 5, 24, 24, 24, 24, 24, 
	24, 25, 24, 24, 24, 6, 6, 7, 
	24, 27, 29, 28, 27, 27, 28, 28, 
	28, 28, 28, 28, 28, 28, 28, 28, 
	28, 28, 28, 28, 28, 5, 28, 28, 
	28, 28, 28, 28, 28, 28, 30, 28, 
	6, 6, 7, 28, 27, 29, 31, 31, 
	31, 31, 31, 31, 31, 31, 31, 31, 
	31, 31, 31, 31, 31, 31, 31, 31, 
	5, 31, 31, 31, 31, 31, 31, 31, 
	31, 2, 31, 6, 6, 7, 31, 33, 
	34, 35, 4, 32, 32, 32, 32, 32, 
	32, 32, 32, 32, 36, 32, 32, 32, 
	32, 32, 32, 32, 32, 5, 32, 32, 
	32, 32, 32, 32, 36, 32, 32, 32, 
	6, 6, 7, 32, 0
};

static const char _fd_write_trans_targs[] = {
	0, 1, 6, 10, 0, 5, 5, 5, 
	1, 2, 1, 4, 2, 2, 3, 2, 
	2, 3, 4, 2, 4, 6, 7, 9, 
	7, 7, 7, 8, 8, 9, 7, 9, 
	10, 2, 7, 10, 7
};

static const char _fd_write_trans_actions[] = {
	0, 1, 2, 3, 2, 4, 5, 6, 
	0, 7, 2, 8, 0, 8, 8, 9, 
	10, 0, 2, 11, 0, 0, 7, 8, 
	0, 1, 8, 8, 0, 2, 11, 0, 
	0, 1, 12, 8, 13
};

static const int fd_write_start = 0;


#line 94 "spec/fd_write.rl"


static int fd_write_step(int cs, unsigned char sym, fdp_io *io)
{
    const unsigned char *p = &sym, *pe = p + 1;
    
#line 88 "gen/fd_write.c"
	{
	int _slen;
	int _trans;
	const unsigned char *_keys;
	const char *_inds;
	if ( p == pe )
		goto _test_eof;
_resume:
	_keys = _fd_write_trans_keys + (cs<<1);
	_inds = _fd_write_indicies + _fd_write_index_offsets[cs];

	_slen = _fd_write_key_spans[cs];
	_trans = _inds[ _slen > 0 && _keys[0] <=(*p) &&
		(*p) <= _keys[1] ?
		(*p) - _keys[0] : _slen ];

	cs = _fd_write_trans_targs[_trans];

	if ( _fd_write_trans_actions[_trans] == 0 )
		goto _again;

	switch ( _fd_write_trans_actions[_trans] ) {
	case 2:
#line 39 "spec/rules.rl"
	{ FDP_WHY(S1); }
	break;
	case 3:
#line 40 "spec/rules.rl"
	{ FDP_WHY(S2); }
	break;
	case 8:
#line 44 "spec/rules.rl"
	{ FDP_WHY(S6); }
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
	case 1:
#line 70 "spec/rules.rl"
	{ FDP_WHY(D6); }
	break;
	case 7:
#line 13 "spec/rules.rl"
	{ FDP_WHY(WRITE1); }
#line 8 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
	case 13:
#line 14 "spec/rules.rl"
	{ FDP_WHY(WRITE2); }
#line 8 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
	case 11:
#line 15 "spec/rules.rl"
	{ FDP_WHY(WRITE3); }
#line 8 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
	case 12:
#line 49 "spec/rules.rl"
	{ FDP_WHY(S11); }
#line 8 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
	case 9:
#line 70 "spec/rules.rl"
	{ FDP_WHY(D6); }
#line 8 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
	case 10:
#line 16 "spec/rules.rl"
	{ FDP_WHY(WRITE4); }
#line 65 "spec/rules.rl"
	{ FDP_WHY(D1); }
#line 9 "spec/actions.rl"
	{ FDP_POST_OPTIONAL(0); }
	break;
#line 156 "gen/fd_write.c"
	}

_again:
	if ( ++p != pe )
		goto _resume;
	_test_eof: {}
	}

#line 100 "spec/fd_write.rl"
    (void)p; (void)pe;
    return cs;
}
