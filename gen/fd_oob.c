
#line 1 "spec/fd_oob.rl"

#line 2 "gen/fd_oob.c"
static const char _fd_oob_actions[] = {
	0, 1, 3, 1, 4, 1, 5, 1, 
	6, 1, 7, 1, 8, 1, 9, 1, 
	10, 1, 11, 1, 12, 2, 0, 13, 
	2, 1, 13, 2, 2, 13
};

static const char _fd_oob_key_offsets[] = {
	0, 8, 17, 23, 29, 29, 39, 47
};

static const unsigned char _fd_oob_trans_keys[] = {
	3u, 4u, 21u, 23u, 26u, 36u, 34u, 35u, 
	3u, 4u, 5u, 21u, 23u, 26u, 36u, 34u, 
	35u, 4u, 22u, 23u, 36u, 34u, 35u, 3u, 
	22u, 23u, 36u, 34u, 35u, 3u, 4u, 5u, 
	21u, 23u, 26u, 27u, 36u, 34u, 35u, 3u, 
	4u, 21u, 23u, 27u, 36u, 34u, 35u, 3u, 
	4u, 5u, 21u, 23u, 26u, 36u, 34u, 35u, 
	0
};

static const char _fd_oob_single_lengths[] = {
	6, 7, 4, 4, 0, 8, 6, 7
};

static const char _fd_oob_range_lengths[] = {
	1, 1, 1, 1, 0, 1, 1, 1
};

static const char _fd_oob_index_offsets[] = {
	0, 8, 17, 23, 29, 30, 40, 48
};

static const char _fd_oob_indicies[] = {
	1, 2, 3, 4, 5, 7, 6, 0, 
	1, 2, 9, 10, 4, 11, 7, 6, 
	8, 13, 14, 4, 7, 6, 12, 12, 
	16, 4, 7, 6, 15, 6, 18, 5, 
	19, 10, 4, 20, 21, 7, 6, 17, 
	18, 5, 3, 4, 0, 7, 6, 22, 
	1, 2, 9, 10, 4, 23, 7, 6, 
	21, 0
};

static const char _fd_oob_trans_targs[] = {
	0, 1, 0, 3, 4, 6, 4, 4, 
	1, 1, 2, 5, 2, 3, 1, 3, 
	0, 5, 5, 5, 5, 7, 6, 5
};

static const char _fd_oob_trans_actions[] = {
	0, 3, 1, 19, 15, 1, 11, 17, 
	0, 7, 19, 24, 13, 1, 19, 13, 
	19, 0, 21, 27, 5, 0, 0, 9
};

static const int fd_oob_start = 0;


#line 91 "spec/fd_oob.rl"


static int fd_oob_step(int cs, unsigned char sym, fdp_io *io)
{
    const unsigned char *p = &sym, *pe = p + 1;
    
#line 66 "gen/fd_oob.c"
	{
	int _klen;
	unsigned int _trans;
	const char *_acts;
	unsigned int _nacts;
	const unsigned char *_keys;

	if ( p == pe )
		goto _test_eof;
_resume:
	_keys = _fd_oob_trans_keys + _fd_oob_key_offsets[cs];
	_trans = _fd_oob_index_offsets[cs];

	_klen = _fd_oob_single_lengths[cs];
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

	_klen = _fd_oob_range_lengths[cs];
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
	_trans = _fd_oob_indicies[_trans];
	cs = _fd_oob_trans_targs[_trans];

	if ( _fd_oob_trans_actions[_trans] == 0 )
		goto _again;

	_acts = _fd_oob_actions + _fd_oob_trans_actions[_trans];
	_nacts = (unsigned int) *_acts++;
	while ( _nacts-- > 0 )
	{
		switch ( *_acts++ )
		{
	case 0:
#line 17 "spec/rules.rl"
	{ FDP_WHY(OOB1); }
	break;
	case 1:
#line 18 "spec/rules.rl"
	{ FDP_WHY(OOB2); }
	break;
	case 2:
#line 19 "spec/rules.rl"
	{ FDP_WHY(OOB3); }
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
#line 46 "spec/rules.rl"
	{ FDP_WHY(S8); }
	break;
	case 9:
#line 47 "spec/rules.rl"
	{ FDP_WHY(S9); }
	break;
	case 10:
#line 54 "spec/rules.rl"
	{ FDP_WHY(S16); }
	break;
	case 11:
#line 66 "spec/rules.rl"
	{ FDP_WHY(D2); }
	break;
	case 12:
#line 67 "spec/rules.rl"
	{ FDP_WHY(D3); }
	break;
	case 13:
#line 8 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
#line 179 "gen/fd_oob.c"
		}
	}

_again:
	if ( ++p != pe )
		goto _resume;
	_test_eof: {}
	}

#line 97 "spec/fd_oob.rl"
    (void)p; (void)pe;
    return cs;
}
