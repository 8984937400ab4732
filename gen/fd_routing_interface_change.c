
#line 1 "spec/fd_routing_interface_change.rl"

#line 2 "gen/fd_routing_interface_change.c"
static const char _fd_routing_interface_change_actions[] = {
	0, 1, 1, 1, 2, 1, 3, 1, 
	4, 1, 5, 2, 0, 6
};

static const char _fd_routing_interface_change_key_offsets[] = {
	0, 5, 10, 15, 19
};

static const unsigned char _fd_routing_interface_change_trans_keys[] = {
	3u, 12u, 23u, 36u, 39u, 4u, 12u, 23u, 
	36u, 39u, 3u, 4u, 23u, 36u, 39u, 3u, 
	23u, 36u, 39u, 0
};

static const char _fd_routing_interface_change_single_lengths[] = {
	5, 5, 5, 4, 0
};

static const char _fd_routing_interface_change_range_lengths[] = {
	0, 0, 0, 0, 0
};

static const char _fd_routing_interface_change_index_offsets[] = {
	0, 6, 12, 18, 23
};

static const char _fd_routing_interface_change_trans_targs[] = {
	1, 3, 4, 4, 0, 0, 0, 2, 
	4, 4, 1, 1, 2, 3, 4, 4, 
	1, 2, 2, 4, 4, 3, 3, 4, 
	0
};

static const char _fd_routing_interface_change_trans_actions[] = {
	3, 3, 5, 7, 3, 0, 1, 3, 
	5, 7, 3, 0, 3, 1, 5, 7, 
	11, 0, 3, 5, 7, 9, 0, 7, 
	0
};

static const int fd_routing_interface_change_start = 0;


#line 51 "spec/fd_routing_interface_change.rl"


static int fd_routing_interface_change_step(int cs, unsigned char sym, fdp_io *io)
{
    const unsigned char *p = &sym, *pe = p + 1;
    
#line 50 "gen/fd_routing_interface_change.c"
	{
	int _klen;
	unsigned int _trans;
	const char *_acts;
	unsigned int _nacts;
	const unsigned char *_keys;

	if ( p == pe )
		goto _test_eof;
_resume:
	_keys = _fd_routing_interface_change_trans_keys + _fd_routing_interface_change_key_offsets[cs];
	_trans = _fd_routing_interface_change_index_offsets[cs];

	_klen = _fd_routing_interface_change_single_lengths[cs];
	if ( _klen > 0 ) {
		const unsigned char *_lower = _keys;
		const unsigned char *_mid;
		const unsigned char *_upper = _keys + _klen - 1;
		while (1) {
			if ( _upper < _lower )
				break;

			_mid = _lower + ((_upper-_lower) >> 1);
			if ( (*p) < *_mid )
				_upper = _mid - 1;
			else if ( (*p) > *_mid )
				_lower = _mid + 1;
			else {
				_trans += (unsigned int)(_mid - _keys);
				goto _match;
			}
		}
		_keys += _klen;
		_trans += _klen;
	}

	_klen = _fd_routing_interface_change_range_lengths[cs];
	if ( _klen > 0 ) {
		const unsigned char *_lower = _keys;
		const unsigned char *_mid;
		const unsigned char *_upper = _keys + (_klen<<1) - 2;
		while (1) {
			if ( _upper < _lower )
				break;

			_mid = _lower + (((_upper-_lower) >> 1) & ~1);
			if ( (*p) < _mid[0] )
				_upper = _mid - 2;
			else if ( (*p) > _mid[1] )
				_lower = _mid + 2;
			else {
				_trans += (unsigned int)((_mid - _keys)>>1);
				goto _match;
			}
		}
		_trans += _klen;
	}

_match:
	cs = _fd_routing_interface_change_trans_targs[_trans];

	if ( _fd_routing_interface_change_trans_actions[_trans] == 0 )
		goto _again;

	_acts = _fd_routing_interface_change_actions + _fd_routing_interface_change_trans_actions[_trans];
	_nacts = (unsigned int) *_acts++;
	while ( _nacts-- > 0 )
	{
		switch ( *_acts++ )
		{
	case 0:
#line 35 "spec/rules.rl"
	{ FDP_WHY(ROUTE1); }
	break;
	case 1:
#line 39 "spec/rules.rl"
	{ FDP_WHY(S1); }
	break;
	case 2:
#line 51 "spec/rules.rl"
	{ FDP_WHY(S13); }
	break;
	case 3:
#line 54 "spec/rules.rl"
	{ FDP_WHY(S16); }
	break;
	case 4:
#line 66 "spec/rules.rl"
	{ FDP_WHY(D2); }
	break;
	case 5:
#line 72 "spec/rules.rl"
	{ FDP_WHY(D10); }
	break;
	case 6:
#line 10 "spec/actions.rl"
	{ FDP_POST(io->in_err); }
	break;
#line 141 "gen/fd_routing_interface_change.c"
		}
	}

_again:
	if ( ++p != pe )
		goto _resume;
	_test_eof: {}
	}

#line 57 "spec/fd_routing_interface_change.rl"
    (void)p; (void)pe;
    return cs;
}
