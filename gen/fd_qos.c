
#line 1 "spec/fd_qos.rl"

#line 2 "gen/fd_qos.c"
static const char _fd_qos_actions[] = {
	0, 1, 2, 1, 3, 1, 4, 1, 
	5, 1, 6, 2, 0, 7, 2, 1, 
	7
};

static const char _fd_qos_key_offsets[] = {
	0, 4, 8, 8, 14
};

static const unsigned char _fd_qos_trans_keys[] = {
	3u, 23u, 36u, 37u, 4u, 23u, 36u, 37u, 
	3u, 4u, 10u, 23u, 36u, 37u, 3u, 10u, 
	23u, 36u, 0
};

static const char _fd_qos_single_lengths[] = {
	4, 4, 0, 6, 4
};

static const char _fd_qos_range_lengths[] = {
	0, 0, 0, 0, 0
};

static const char _fd_qos_index_offsets[] = {
	0, 5, 10, 11, 18
};

static const char _fd_qos_trans_targs[] = {
	1, 2, 2, 4, 0, 0, 2, 2, 
	3, 1, 2, 3, 4, 1, 2, 2, 
	3, 3, 3, 0, 2, 2, 4, 0
};

static const char _fd_qos_trans_actions[] = {
	3, 7, 9, 1, 0, 1, 7, 9, 
	14, 0, 9, 11, 1, 5, 7, 9, 
	5, 0, 11, 5, 7, 9, 0, 0
};

static const int fd_qos_start = 0;


#line 49 "spec/fd_qos.rl"


static int fd_qos_step(int cs, unsigned char sym, fdp_io *io)
{
    const unsigned char *p = &sym, *pe = p + 1;
    
#line 49 "gen/fd_qos.c"
	{
	int _klen;
	unsigned int _trans;
	const char *_acts;
	unsigned int _nacts;
	const unsigned char *_keys;

	if ( p == pe )
		goto _test_eof;
_resume:
	_keys = _fd_qos_trans_keys + _fd_qos_key_offsets[cs];
	_trans = _fd_qos_index_offsets[cs];

	_klen = _fd_qos_single_lengths[cs];
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

	_klen = _fd_qos_range_lengths[cs];
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
	cs = _fd_qos_trans_targs[_trans];

	if ( _fd_qos_trans_actions[_trans] == 0 )
		goto _again;

	_acts = _fd_qos_actions + _fd_qos_trans_actions[_trans];
	_nacts = (unsigned int) *_acts++;
	while ( _nacts-- > 0 )
	{
		switch ( *_acts++ )
		{
	case 0:
#line 31 "spec/rules.rl"
	{ FDP_WHY(QOS1); }
	break;
	case 1:
#line 32 "spec/rules.rl"
	{ FDP_WHY(QOS2); }
	break;
	case 2:
#line 39 "spec/rules.rl"
	{ FDP_WHY(S1); }
	break;
	case 3:
#line 40 "spec/rules.rl"
	{ FDP_WHY(S2); }
	break;
	case 4:
#line 50 "spec/rules.rl"
	{ FDP_WHY(S12); }
	break;
	case 5:
#line 54 "spec/rules.rl"
	{ FDP_WHY(S16); }
	break;
	case 6:
#line 66 "spec/rules.rl"
	{ FDP_WHY(D2); }
	break;
	case 7:
#line 8 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
#line 143 "gen/fd_qos.c"
		}
	}

_again:
	if ( ++p != pe )
		goto _resume;
	_test_eof: {}
	}

#line 55 "spec/fd_qos.rl"
    (void)p; (void)pe;
    return cs;
}
