
#line 1 "spec/fd_accept.rl"

#line 2 "gen/fd_accept.c"
static const char _fd_accept_actions[] = {
	0, 1, 3, 1, 4, 1, 5, 1, 
	6, 1, 7, 1, 8, 1, 9, 1, 
	10, 2, 0, 11, 2, 1, 11, 2, 
	2, 11
};

static const char _fd_accept_key_offsets[] = {
	0, 5, 12, 12, 20, 25
};

static const unsigned char _fd_accept_trans_keys[] = {
	3u, 4u, 23u, 28u, 36u, 3u, 4u, 8u, 
	9u, 23u, 28u, 36u, 3u, 4u, 8u, 9u, 
	23u, 28u, 29u, 36u, 3u, 4u, 23u, 29u, 
	36u, 3u, 4u, 8u, 9u, 23u, 28u, 36u, 
	0
};

static const char _fd_accept_single_lengths[] = {
	5, 7, 0, 8, 5, 7
};

static const char _fd_accept_range_lengths[] = {
	0, 0, 0, 0, 0, 0
};

static const char _fd_accept_index_offsets[] = {
	0, 6, 14, 15, 24, 30
};

static const char _fd_accept_trans_targs[] = {
	1, 0, 2, 4, 2, 0, 1, 0, 
	1, 1, 2, 3, 2, 1, 2, 3, 
	4, 3, 3, 2, 3, 5, 2, 3, 
	3, 4, 2, 0, 2, 4, 1, 0, 
	1, 5, 2, 3, 2, 5, 0
};

static const char _fd_accept_trans_actions[] = {
	3, 1, 13, 1, 15, 0, 3, 1, 
	7, 11, 13, 20, 15, 0, 15, 17, 
	1, 23, 11, 13, 5, 0, 15, 0, 
	17, 1, 13, 0, 15, 0, 3, 1, 
	7, 11, 13, 9, 15, 0, 0
};

static const int fd_accept_start = 0;


#line 64 "spec/fd_accept.rl"


static int fd_accept_step(int cs, unsigned char sym, fdp_io *io)
{
    const unsigned char *p = &sym, *pe = p + 1;
    
#line 56 "gen/fd_accept.c"
	{
	int _klen;
	unsigned int _trans;
	const char *_acts;
	unsigned int _nacts;
	const unsigned char *_keys;

	if ( p == pe )
		goto _test_eof;
_resume:
	_keys = _fd_accept_trans_keys + _fd_accept_key_offsets[cs];
	_trans = _fd_accept_index_offsets[cs];

	_klen = _fd_accept_single_lengths[cs];
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

	_klen = _fd_accept_range_lengths[cs];
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
	cs = _fd_accept_trans_targs[_trans];

	if ( _fd_accept_trans_actions[_trans] == 0 )
		goto _again;

	_acts = _fd_accept_actions + _fd_accept_trans_actions[_trans];
	_nacts = (unsigned int) *_acts++;
	while ( _nacts-- > 0 )
	{
		switch ( *_acts++ )
		{
	case 0:
#line 20 "spec/rules.rl"
	{ FDP_WHY(ACCEPT1); }
	break;
	case 1:
#line 21 "spec/rules.rl"
	{ FDP_WHY(ACCEPT2); }
	break;
	case 2:
#line 22 "spec/rules.rl"
	{ FDP_WHY(ACCEPT3); }
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
#line 41 "spec/rules.rl"
	{ FDP_WHY(S3); }
	break;
	case 6:
#line 42 "spec/rules.rl"
	{ FDP_WHY(S4); }
	break;
	case 7:
#line 43 "spec/rules.rl"
	{ FDP_WHY(S5); }
	break;
	case 8:
#line 48 "spec/rules.rl"
	{ FDP_WHY(S10); }
	break;
	case 9:
#line 54 "spec/rules.rl"
	{ FDP_WHY(S16); }
	break;
	case 10:
#line 66 "spec/rules.rl"
	{ FDP_WHY(D2); }
	break;
	case 11:
#line 8 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
#line 162 "gen/fd_accept.c"
		}
	}

_again:
	if ( ++p != pe )
		goto _resume;
	_test_eof: {}
	}

#line 70 "spec/fd_accept.rl"
    (void)p; (void)pe;
    return cs;
}
