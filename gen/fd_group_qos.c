
#line 1 "spec/fd_group_qos.rl"

#line 2 "gen/fd_group_qos.c"
static const unsigned char _fd_group_qos_trans_keys[] = {
	3u, 38u, 4u, 38u, 0u, 0u, 3u, 38u, 3u, 36u, 0
};

static const char _fd_group_qos_key_spans[] = {
	36, 35, 0, 36, 34
};

static const char _fd_group_qos_index_offsets[] = {
	0, 37, 73, 74, 111
};

static const char _fd_group_qos_indicies[] = {
	1, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 2, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 3, 0, 4, 0, 6, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	2, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 3, 5, 7, 
	5, 3, 9, 4, 8, 8, 8, 8, 
	8, 8, 10, 8, 8, 8, 8, 8, 
	8, 8, 8, 8, 8, 8, 2, 8, 
	8, 8, 8, 8, 8, 8, 8, 8, 
	8, 8, 8, 3, 8, 11, 8, 9, 
	12, 12, 12, 12, 12, 12, 12, 13, 
	12, 12, 12, 12, 12, 12, 12, 12, 
	12, 12, 12, 2, 12, 12, 12, 12, 
	12, 12, 12, 12, 12, 12, 12, 12, 
	3, 12, 0
};

static const char _fd_group_qos_trans_targs[] = {
	0, 1, 2, 2, 4, 1, 0, 3, 
	3, 3, 1, 3, 4, 0
};

static const char _fd_group_qos_trans_actions[] = {
	0, 1, 2, 3, 4, 0, 4, 5, 
	0, 6, 7, 7, 0, 7
};

static const int fd_group_qos_start = 0;


#line 45 "spec/fd_group_qos.rl"


static int fd_group_qos_step(int cs, unsigned char sym, fdp_io *io)
{
    const unsigned char *p = &sym, *pe = p + 1;
    
#line 53 "gen/fd_group_qos.c"
	{
	int _slen;
	int _trans;
	const unsigned char *_keys;
	const char *_inds;
	if ( p == pe )
		goto _test_eof;
_resume:
	_keys = _fd_group_qos_trans_keys + (cs<<1);
	_inds = _fd_group_qos_indicies + _fd_group_qos_index_offsets[cs];

	_slen = _fd_group_qos_key_spans[cs];
	_trans = _inds[ _slen > 0 && _keys[0] <=(*p) &&
		(*p) <= _keys[1] ?
		(*p) - _keys[0] : _slen ];

	cs = _fd_group_qos_trans_targs[_trans];

	if ( _fd_group_qos_trans_actions[_trans] == 0 )
		goto _again;

	switch ( _fd_group_qos_trans_actions[_trans] ) {
	case 4:
#line 39 "spec/rules.rl"
	{ FDP_WHY(S1); }
	break;
	case 1:
#line 40 "spec/rules.rl"
	{ FDP_WHY(S2); }
	break;
	case 7:
#line 50 "spec/rules.rl"
	{ FDP_WHY(S12); }
	break;
	case 2:
#line 54 "spec/rules.rl"
	{ FDP_WHY(S16); }
	break;
	case 3:
#line 66 "spec/rules.rl"
	{ FDP_WHY(D2); }
	break;
	case 6:
#line 33 "spec/rules.rl"
	{ FDP_WHY(GQOS1); }
#line 8 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
	case 5:
#line 34 "spec/rules.rl"
	{ FDP_WHY(GQOS2); }
#line 8 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
#line 98 "gen/fd_group_qos.c"
	}

_again:
	if ( ++p != pe )
		goto _resume;
	_test_eof: {}
	}

#line 51 "spec/fd_group_qos.rl"
    (void)p; (void)pe;
    return cs;
}
