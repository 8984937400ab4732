
#line 1 "spec/fd_write.rl"

#line 2 "gen/fd_write.c"
static const char _fd_write_actions[] = {
	0, 1, 4, 1, 5, 1, 6, 1, 
	7, 1, 9, 1, 11, 1, 12, 2, 
	0, 13, 2, 1, 13, 2, 2, 13, 
	2, 8, 13, 2, 12, 13, 3, 3, 
	10, 14
};

static const char _fd_write_key_offsets[] = {
	0, 10, 17, 28, 40, 47, 47, 54, 
	65, 74, 81
};

static const unsigned char _fd_write_trans_keys[] = {
	1u, 2u, 3u, 4u, 14u, 23u, 30u, 36u, 
	34u, 35u, 3u, 4u, 7u, 23u, 36u, 34u, 
	35u, 3u, 4u, 6u, 7u, 14u, 17u, 23u, 
	30u, 36u, 34u, 35u, 3u, 4u, 14u, 17u, 
	23u, 30u, 32u, 36u, 6u, 7u, 34u, 35u, 
	3u, 4u, 23u, 32u, 36u, 34u, 35u, 3u, 
	4u, 7u, 23u, 36u, 34u, 35u, 2u, 3u, 
	4u, 6u, 7u, 14u, 23u, 30u, 36u, 34u, 
	35u, 3u, 4u, 23u, 32u, 36u, 6u, 7u, 
	34u, 35u, 3u, 4u, 23u, 32u, 36u, 34u, 
	35u, 1u, 2u, 3u, 4u, 14u, 23u, 30u, 
	36u, 34u, 35u, 0
};

static const char _fd_write_single_lengths[] = {
	8, 5, 9, 8, 5, 0, 5, 9, 
	5, 5, 8
};

static const char _fd_write_range_lengths[] = {
	1, 1, 1, 2, 1, 0, 1, 1, 
	2, 1, 1
};

static const char _fd_write_index_offsets[] = {
	0, 10, 17, 28, 39, 46, 47, 54, 
	65, 73, 80
};

static const char _fd_write_indicies[] = {
	1, 2, 3, 4, 2, 5, 2, 7, 
	6, 0, 9, 10, 11, 5, 7, 6, 
	8, 9, 10, 13, 14, 15, 16, 5, 
	15, 7, 6, 12, 14, 18, 14, 14, 
	5, 14, 19, 7, 14, 6, 17, 14, 
	18, 5, 10, 7, 6, 20, 6, 22, 
	2, 23, 5, 7, 6, 21, 25, 22, 
	2, 26, 27, 25, 5, 25, 7, 6, 
	24, 27, 29, 5, 30, 7, 27, 6, 
	28, 27, 29, 5, 2, 7, 6, 31, 
	33, 34, 35, 4, 36, 5, 36, 7, 
	6, 32, 0
};

static const char _fd_write_trans_targs[] = {
	0, 1, 6, 10, 0, 5, 5, 5, 
	1, 2, 1, 4, 2, 2, 3, 2, 
	2, 3, 4, 2, 4, 6, 7, 9, 
	7, 7, 7, 8, 8, 9, 7, 9, 
	10, 2, 7, 10, 7
};

static const char _fd_write_trans_actions[] = {
	0, 13, 1, 3, 1, 9, 7, 11, 
	0, 15, 1, 5, 0, 5, 5, 27, 
	30, 0, 1, 21, 0, 0, 15, 5, 
	0, 13, 5, 5, 0, 1, 21, 0, 
	0, 13, 24, 5, 18
};

static const int fd_write_start = 0;


#line 122 "spec/fd_write.rl"


static int fd_write_step(int cs, unsigned char sym, fdp_io *io)
{
    const unsigned char *p = &sym, *pe = p + 1;
    
#line 83 "gen/fd_write.c"
	{
	int _klen;
	unsigned int _trans;
	const char *_acts;
	unsigned int _nacts;
	const unsigned char *_keys;

	if ( p == pe )
		goto _test_eof;
_resume:
	_keys = _fd_write_trans_keys + _fd_write_key_offsets[cs];
	_trans = _fd_write_index_offsets[cs];

	_klen = _fd_write_single_lengths[cs];
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

	_klen = _fd_write_range_lengths[cs];
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
	_trans = _fd_write_indicies[_trans];
	cs = _fd_write_trans_targs[_trans];

	if ( _fd_write_trans_actions[_trans] == 0 )
		goto _again;

	_acts = _fd_write_actions + _fd_write_trans_actions[_trans];
	_nacts = (unsigned int) *_acts++;
	while ( _nacts-- > 0 )
	{
		switch ( *_acts++ )
		{
	case 0:
#line 13 "spec/rules.rl"
	{ FDP_WHY(WRITE1); }
	break;
	case 1:
#line 14 "spec/rules.rl"
	{ FDP_WHY(WRITE2); }
	break;
	case 2:
#line 15 "spec/rules.rl"
	{ FDP_WHY(WRITE3); }
	break;
	case 3:
#line 16 "spec/rules.rl"
	{ FDP_WHY(WRITE4); }
	break;
	case 4:
#line 39 "spec/rules.rl"
	{ FDP_WHY(S1); }
	break;
	case 5:
#line 40 "spec/rules.rl"
	{ FDP_WHY(S2); }
	break;
	case 6:
#line 44 "spec/rules.rl"
	{ FDP_WHY(S6); }
	break;
	case 7:
#line 46 "spec/rules.rl"
	{ FDP_WHY(S8); }
	break;
	case 8:
#line 49 "spec/rules.rl"
	{ FDP_WHY(S11); }
	break;
	case 9:
#line 54 "spec/rules.rl"
	{ FDP_WHY(S16); }
	break;
	case 10:
#line 65 "spec/rules.rl"
	{ FDP_WHY(D1); }
	break;
	case 11:
#line 66 "spec/rules.rl"
	{ FDP_WHY(D2); }
	break;
	case 12:
#line 70 "spec/rules.rl"
	{ FDP_WHY(D6); }
	break;
	case 13:
#line 8 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
	case 14:
#line 9 "spec/actions.rl"
	{ FDP_POST_OPTIONAL(0); }
	break;
#line 199 "gen/fd_write.c"
		}
	}

_again:
	if ( ++p != pe )
		goto _resume;
	_test_eof: {}
	}

#line 128 "spec/fd_write.rl"
    (void)p; (void)pe;
    return cs;
}
