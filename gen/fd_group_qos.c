
#line 1 "spec/fd_group_qos.rl"

#line 2 "gen/fd_group_qos.c"
static const unsigned char _fd_group_qos_trans_keys[] = {
	3u, 42u, 4u, 43u, 0u, 0u, 3u, 43u, 3u, 42u, 0
};

static const char _fd_group_qos_key_spans[] = {
	40, 40, 0, 41, 40
};

static const char _fd_group_qos_index_offsets[] = {
	0, 41, 82, 83, 125
};

static const char _fd_group_qos_indicies[] = {
	1, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 2, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 3, 0, 4, 0, 0, 0, 1, 
	0, 6, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 5, 5, 5, 2, 5, 5, 5, 
	5, 5, 5, 5, 5, 5, 5, 5, 
	5, 7, 5, 8, 5, 5, 5, 5, 
	6, 5, 3, 10, 4, 9, 9, 9, 
	9, 9, 9, 11, 9, 9, 9, 9, 
	9, 9, 9, 9, 9, 9, 9, 2, 
	9, 9, 9, 9, 9, 9, 9, 9, 
	9, 9, 9, 9, 3, 9, 12, 9, 
	9, 9, 10, 4, 9, 10, 13, 13, 
	13, 13, 13, 13, 13, 14, 13, 13, 
	13, 13, 13, 13, 13, 13, 13, 13, 
	13, 2, 13, 13, 13, 13, 13, 13, 
	13, 13, 13, 13, 13, 13, 3, 13, 
	13, 13, 13, 13, 10, 13, 0
};

static const char _fd_group_qos_trans_targs[] = {
	0, 1, 2, 2, 4, 1, 0, 2, 
	3, 3, 3, 1, 3, 4, 0
};

static const char _fd_group_qos_trans_actions[] = {
	0, 1, 2, 3, 4, 0, 4, 5, 
	6, 0, 7, 8, 8, 0, 8
};

static const int fd_group_qos_start = 0;


#line 47 "spec/fd_group_qos.rl"


static int fd_group_qos_step(int cs, unsigned char sym, fdp_io *io)
{
    const unsigned char *p = &sym, *pe = p + 1;
    
#line 55 "gen/fd_group_qos.c"
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
#line 40 "spec/rules.rl"
	{ FDP_WHY(S1); }
	break;
	case 1:
#line 41 "spec/rules.rl"
	{ FDP_WHY(S2); }
	break;
	case 8:
#line 51 "spec/rules.rl"
	{ FDP_WHY(S12); }
	break;
	case 2:
#line 55 "spec/rules.rl"
	{ FDP_WHY(S16); }
	break;
	case 3:
#line 67 "spec/rules.rl"
	{ FDP_WHY(D2); }
	break;
	case 7:
#line 34 "spec/rules.rl"
	{ FDP_WHY(GQOS1); }
#line 9 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
	case 6:
#line 35 "spec/rules.rl"
	{ FDP_WHY(GQOS2); }
#line 9 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
	case 5:
#line 67 "spec/rules.rl"
	{ FDP_WHY(D2); }
#line 11 "spec/actions.rl"
	{ FDP_POST(io->in_err); }
	break;
#line 104 "gen/fd_group_qos.c"
	}

_again:
	if ( ++p != pe )
		goto _resume;
	_test_eof: {}
	}

#line 53 "spec/fd_group_qos.rl"
    (void)p; (void)pe;
    return cs;
}
