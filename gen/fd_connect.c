
#line 1 "spec/fd_connect.rl"

#line 2 "gen/fd_connect.c"
static const char _fd_connect_actions[] = {
	0, 1, 3, 1, 4, 1, 5, 1, 
	6, 1, 7, 1, 8, 2, 0, 10, 
	2, 1, 10, 2, 1, 11, 2, 2, 
	10, 2, 2, 11, 2, 7, 11, 2, 
	9, 10, 2, 9, 11
};

static const char _fd_connect_key_offsets[] = {
	0, 9, 18, 29, 36, 44, 52
};

static const unsigned char _fd_connect_trans_keys[] = {
	3u, 4u, 14u, 15u, 16u, 23u, 30u, 31u, 
	36u, 3u, 4u, 14u, 15u, 16u, 23u, 30u, 
	31u, 36u, 3u, 4u, 14u, 15u, 16u, 23u, 
	30u, 31u, 36u, 34u, 35u, 3u, 4u, 15u, 
	23u, 36u, 34u, 35u, 3u, 4u, 14u, 16u, 
	23u, 30u, 31u, 36u, 3u, 4u, 14u, 16u, 
	23u, 30u, 31u, 36u, 0
};

static const char _fd_connect_single_lengths[] = {
	9, 9, 9, 5, 8, 8, 0
};

static const char _fd_connect_range_lengths[] = {
	0, 0, 1, 1, 0, 0, 0
};

static const char _fd_connect_index_offsets[] = {
	0, 10, 20, 31, 38, 47, 56
};

static const char _fd_connect_indicies[] = {
	1, 2, 3, 4, 2, 5, 3, 2, 
	6, 0, 1, 2, 8, 9, 10, 5, 
	11, 12, 6, 7, 14, 3, 11, 9, 
	15, 5, 11, 15, 6, 16, 13, 14, 
	3, 4, 5, 6, 18, 17, 9, 4, 
	3, 4, 5, 3, 2, 6, 19, 9, 
	4, 11, 21, 5, 22, 23, 24, 20, 
	6, 0
};

static const char _fd_connect_trans_targs[] = {
	0, 1, 0, 3, 4, 6, 6, 1, 
	2, 5, 1, 2, 1, 2, 2, 2, 
	1, 3, 0, 4, 5, 5, 2, 1, 
	6
};

static const char _fd_connect_trans_actions[] = {
	0, 3, 1, 1, 1, 7, 9, 0, 
	16, 5, 19, 31, 34, 0, 13, 34, 
	11, 0, 11, 0, 0, 34, 22, 25, 
	28
};

static const int fd_connect_start = 0;


#line 85 "spec/fd_connect.rl"


static int fd_connect_step(int cs, unsigned char sym, fdp_io *io)
{
    const unsigned char *p = &sym, *pe = p + 1;
    
#line 68 "gen/fd_connect.c"
	{
	int _klen;
	unsigned int _trans;
	const char *_acts;
	unsigned int _nacts;
	const unsigned char *_keys;

	if ( p == pe )
		goto _test_eof;
_resume:
	_keys = _fd_connect_trans_keys + _fd_connect_key_offsets[cs];
	_trans = _fd_connect_index_offsets[cs];

	_klen = _fd_connect_single_lengths[cs];
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

	_klen = _fd_connect_range_lengths[cs];
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
	_trans = _fd_connect_indicies[_trans];
	cs = _fd_connect_trans_targs[_trans];

	if ( _fd_connect_trans_actions[_trans] == 0 )
		goto _again;

	_acts = _fd_connect_actions + _fd_connect_trans_actions[_trans];
	_nacts = (unsigned int) *_acts++;
	while ( _nacts-- > 0 )
	{
		switch ( *_acts++ )
		{
	case 0:
#line 23 "spec/rules.rl"
	{ FDP_WHY(CONNECT1); }
	break;
	case 1:
#line 24 "spec/rules.rl"
	{ FDP_WHY(CONNECT2); }
	break;
	case 2:
#line 26 "spec/rules.rl"
	{ FDP_WHY(CONNECT4); }
	break;
	case 3:
#line 39 "spec/rules.rl"
	{ FDP_WHY(S1); }
	break;
	case 4:
#line 40 "spec/rules.rl"
	{ FDP_WHY(S2); }
	break;
	case 5:
#line 45 "spec/rules.rl"
	{ FDP_WHY(S7); }
	break;
	case 6:
#line 54 "spec/rules.rl"
	{ FDP_WHY(S16); }
	break;
	case 7:
#line 66 "spec/rules.rl"
	{ FDP_WHY(D2); }
	break;
	case 8:
#line 68 "spec/rules.rl"
	{ FDP_WHY(D4); }
	break;
	case 9:
#line 69 "spec/rules.rl"
	{ FDP_WHY(D5); }
	break;
	case 10:
#line 8 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
	case 11:
#line 10 "spec/actions.rl"
	{ FDP_POST(io->in_err); }
	break;
#line 175 "gen/fd_connect.c"
		}
	}

_again:
	if ( ++p != pe )
		goto _resume;
	_test_eof: {}
	}

#line 91 "spec/fd_connect.rl"
    (void)p; (void)pe;
    return cs;
}
