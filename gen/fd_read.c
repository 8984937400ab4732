
#line 1 "spec/fd_read.rl"

#line 2 "gen/fd_read.c"
static const char _fd_read_actions[] = {
	0, 1, 3, 1, 4, 1, 5, 1, 
	6, 1, 7, 1, 8, 1, 10, 1, 
	11, 1, 12, 2, 0, 13, 2, 1, 
	13, 2, 2, 13, 3, 9, 1, 13
	
};

static const char _fd_read_key_offsets[] = {
	0, 9, 19, 30, 40, 40, 49, 61, 
	72, 81, 91
};

static const unsigned char _fd_read_trans_keys[] = {
	3u, 4u, 21u, 23u, 24u, 33u, 36u, 34u, 
	35u, 3u, 4u, 5u, 21u, 23u, 24u, 33u, 
	36u, 34u, 35u, 3u, 4u, 5u, 22u, 23u, 
	24u, 26u, 33u, 36u, 34u, 35u, 3u, 4u, 
	22u, 23u, 24u, 26u, 33u, 36u, 34u, 35u, 
	3u, 4u, 22u, 23u, 25u, 33u, 36u, 34u, 
	35u, 3u, 4u, 5u, 22u, 23u, 25u, 33u, 
	36u, 24u, 26u, 34u, 35u, 3u, 4u, 5u, 
	21u, 23u, 24u, 25u, 33u, 36u, 34u, 35u, 
	3u, 4u, 21u, 23u, 25u, 33u, 36u, 34u, 
	35u, 3u, 4u, 5u, 21u, 23u, 24u, 33u, 
	36u, 34u, 35u, 3u, 4u, 5u, 22u, 23u, 
	24u, 26u, 33u, 36u, 34u, 35u, 0
};

static const char _fd_read_single_lengths[] = {
	7, 8, 9, 8, 0, 7, 8, 9, 
	7, 8, 9
};

static const char _fd_read_range_lengths[] = {
	1, 1, 1, 1, 0, 1, 2, 1, 
	1, 1, 1
};

static const char _fd_read_index_offsets[] = {
	0, 9, 19, 30, 40, 41, 50, 61, 
	72, 81, 91
};

static const char _fd_read_trans_targs[] = {
	1, 0, 3, 4, 8, 0, 4, 4, 
	0, 1, 0, 1, 2, 4, 7, 1, 
	4, 4, 1, 2, 3, 2, 1, 4, 
	6, 6, 2, 4, 4, 2, 2, 3, 
	0, 4, 5, 5, 3, 4, 4, 3, 
	4, 6, 5, 8, 4, 3, 5, 4, 
	4, 5, 6, 5, 6, 7, 4, 10, 
	6, 4, 6, 4, 6, 7, 8, 7, 
	6, 4, 7, 9, 7, 4, 4, 7, 
	7, 8, 5, 4, 0, 8, 4, 4, 
	8, 1, 0, 1, 10, 4, 7, 9, 
	4, 4, 9, 2, 3, 2, 9, 4, 
	6, 6, 10, 4, 4, 10, 0
};

static const char _fd_read_trans_actions[] = {
	3, 1, 17, 13, 1, 11, 15, 11, 
	0, 3, 1, 7, 17, 13, 22, 11, 
	15, 11, 0, 3, 1, 7, 17, 13, 
	28, 28, 11, 15, 11, 0, 3, 1, 
	17, 13, 1, 1, 11, 15, 11, 0, 
	11, 19, 1, 17, 13, 0, 11, 15, 
	11, 0, 19, 1, 25, 17, 13, 0, 
	11, 15, 5, 11, 0, 19, 1, 25, 
	17, 13, 5, 0, 11, 15, 11, 0, 
	19, 1, 17, 13, 0, 11, 15, 11, 
	0, 3, 1, 7, 17, 13, 9, 11, 
	15, 11, 0, 3, 1, 7, 17, 13, 
	9, 9, 11, 15, 11, 0, 0
};

static const int fd_read_start = 0;


#line 138 "spec/fd_read.rl"


static int fd_read_step(int cs, unsigned char sym, fdp_io *io)
{
    const unsigned char *p = &sym, *pe = p + 1;
    
#line 85 "gen/fd_read.c"
	{
	int _klen;
	unsigned int _trans;
	const char *_acts;
	unsigned int _nacts;
	const unsigned char *_keys;

	if ( p == pe )
		goto _test_eof;
_resume:
	_keys = _fd_read_trans_keys + _fd_read_key_offsets[cs];
	_trans = _fd_read_index_offsets[cs];

	_klen = _fd_read_single_lengths[cs];
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

	_klen = _fd_read_range_lengths[cs];
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
	cs = _fd_read_trans_targs[_trans];

	if ( _fd_read_trans_actions[_trans] == 0 )
		goto _again;

	_acts = _fd_read_actions + _fd_read_trans_actions[_trans];
	_nacts = (unsigned int) *_acts++;
	while ( _nacts-- > 0 )
	{
		switch ( *_acts++ )
		{
	case 0:
#line 10 "spec/rules.rl"
	{ FDP_WHY(READ1); }
	break;
	case 1:
#line 11 "spec/rules.rl"
	{ FDP_WHY(READ2); }
	break;
	case 2:
#line 12 "spec/rules.rl"
	{ FDP_WHY(READ3); }
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
#line 197 "gen/fd_read.c"
		}
	}

_again:
	if ( ++p != pe )
		goto _resume;
	_test_eof: {}
	}

#line 144 "spec/fd_read.rl"
    (void)p; (void)pe;
    return cs;
}
