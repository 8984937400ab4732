
#line 1 "spec/fd_address_list_change.rl"

#line 2 "gen/fd_address_list_change.c"
static const unsigned char _fd_address_list_change_trans_keys[] = {
	3u, 42u, 4u, 43u, 3u, 43u, 3u, 42u, 0u, 0u, 0
};

static const char _fd_address_list_change_key_spans[] = {
	40, 40, 41, 40, 0
};

static const unsigned char _fd_address_list_change_index_offsets[] = {
	0, 41, 82, 124, 165
};

static const char _fd_address_list_change_indicies[] = {
	1, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 2, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 3, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 4, 0, 0, 0, 5, 0, 1, 
	0, 7, 6, 6, 6, 6, 6, 6, 
	6, 6, 8, 6, 6, 6, 6, 6, 
	6, 6, 6, 6, 3, 6, 6, 6, 
	6, 6, 6, 6, 6, 6, 6, 6, 
	6, 4, 6, 6, 6, 1, 6, 6, 
	7, 6, 8, 10, 9, 9, 9, 9, 
	9, 9, 9, 9, 9, 9, 9, 9, 
	9, 9, 9, 9, 9, 9, 3, 9, 
	9, 9, 9, 9, 9, 9, 9, 9, 
	9, 9, 9, 11, 9, 9, 9, 12, 
	9, 8, 10, 9, 8, 13, 13, 13, 
	13, 13, 13, 13, 13, 13, 13, 13, 
	13, 13, 13, 13, 13, 13, 13, 13, 
	3, 13, 13, 13, 13, 13, 13, 13, 
	13, 13, 13, 13, 13, 4, 13, 13, 
	13, 14, 13, 8, 13, 4, 0
};

static const char _fd_address_list_change_trans_targs[] = {
	0, 1, 3, 4, 4, 0, 1, 0, 
	2, 2, 3, 4, 1, 3, 3
};

static const char _fd_address_list_change_trans_actions[] = {
	0, 1, 1, 2, 3, 1, 0, 4, 
	1, 0, 4, 5, 6, 0, 7
};

static const int fd_address_list_change_start = 0;


#line 49 "spec/fd_address_list_change.rl"


static int fd_address_list_change_step(int cs, unsigned char sym, fdp_io *io)
{
    const unsigned char *p = &sym, *pe = p + 1;
    
#line 55 "gen/fd_address_list_change.c"
	{
	int _slen;
	int _trans;
	const unsigned char *_keys;
	const char *_inds;
	if ( p == pe )
		goto _test_eof;
_resume:
	_keys = _fd_address_list_change_trans_keys + (cs<<1);
	_inds = _fd_address_list_change_indicies + _fd_address_list_change_index_offsets[cs];

	_slen = _fd_address_list_change_key_spans[cs];
	_trans = _inds[ _slen > 0 && _keys[0] <=(*p) &&
		(*p) <= _keys[1] ?
		(*p) - _keys[0] : _slen ];

	cs = _fd_address_list_change_trans_targs[_trans];

	if ( _fd_address_list_change_trans_actions[_trans] == 0 )
		goto _again;

	switch ( _fd_address_list_change_trans_actions[_trans] ) {
	case 4:
#line 40 "spec/rules.rl"
	{ FDP_WHY(S1); }
	break;
	case 1:
#line 52 "spec/rules.rl"
	{ FDP_WHY(S13); }
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
#line 73 "spec/rules.rl"
	{ FDP_WHY(D10); }
	break;
	case 6:
#line 37 "spec/rules.rl"
	{ FDP_WHY(ALIST1); }
#line 9 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
	case 5:
#line 67 "spec/rules.rl"
	{ FDP_WHY(D2); }
#line 11 "spec/actions.rl"
	{ FDP_POST(io->in_err); }
	break;
#line 100 "gen/fd_address_list_change.c"
	}

_again:
	if ( ++p != pe )
		goto _resume;
	_test_eof: {}
	}

#line 55 "spec/fd_address_list_change.rl"
    (void)p; (void)pe;
    return cs;
}
