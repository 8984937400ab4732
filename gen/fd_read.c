
#line 1 "spec/fd_read.rl"

#line 2 "gen/fd_read.c"
static const unsigned char _fd_read_trans_keys[] = {
	3u, 47u, 3u, 47u, 3u, 48u, 3u, 48u, 0u, 0u, 3u, 43u, 3u, 48u, 3u, 47u, 
	3u, 43u, 3u, 47u, 3u, 48u, 3u, 48u, 3u, 47u, 0
};

static const char _fd_read_key_spans[] = {
	45, 45, 46, 46, 0, 41, 46, 45, 
	41, 45, 46, 46, 45
};

static const short _fd_read_index_offsets[] = {
	0, 46, 92, 139, 186, 187, 229, 276, 
	322, 364, 410, 457, 504
};

static const char _fd_read_indicies[] = {
	1, 2, 0, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 0, 0, 0, 
	0, 0, 3, 0, 4, 5, 0, 0, 
	0, 0, 0, 0, 0, 0, 6, 7, 
	7, 8, 0, 0, 0, 0, 0, 1, 
	2, 0, 0, 0, 5, 0, 1, 2, 
	10, 9, 9, 9, 9, 9, 9, 9, 
	9, 9, 9, 9, 9, 9, 9, 9, 
	11, 9, 4, 12, 9, 9, 9, 9, 
	9, 9, 9, 9, 13, 7, 7, 14, 
	9, 9, 9, 9, 9, 1, 2, 10, 
	10, 9, 12, 9, 16, 17, 18, 15, 
	15, 15, 15, 15, 15, 15, 15, 15, 
	15, 15, 15, 15, 15, 15, 15, 19, 
	4, 20, 15, 20, 15, 15, 15, 15, 
	15, 15, 21, 7, 7, 14, 15, 15, 
	15, 15, 22, 16, 17, 18, 18, 15, 
	20, 20, 15, 16, 17, 23, 23, 23, 
	23, 23, 23, 23, 23, 23, 23, 23, 
	23, 23, 23, 23, 23, 23, 24, 4, 
	25, 23, 25, 23, 23, 23, 23, 23, 
	23, 26, 7, 7, 8, 23, 23, 23, 
	23, 27, 16, 17, 23, 23, 23, 25, 
	25, 23, 7, 29, 25, 28, 28, 28, 
	28, 28, 28, 28, 28, 28, 28, 28, 
	28, 28, 28, 28, 28, 28, 30, 4, 
	28, 23, 28, 28, 28, 28, 28, 28, 
	28, 31, 7, 7, 8, 28, 28, 28, 
	28, 28, 29, 25, 28, 29, 25, 33, 
	32, 32, 32, 32, 32, 32, 32, 32, 
	32, 32, 32, 32, 32, 32, 32, 32, 
	34, 4, 35, 36, 35, 32, 32, 32, 
	32, 32, 32, 37, 7, 7, 8, 32, 
	32, 32, 32, 32, 29, 25, 33, 33, 
	32, 35, 35, 32, 39, 5, 40, 38, 
	38, 38, 38, 38, 38, 38, 38, 38, 
	38, 38, 38, 38, 38, 38, 41, 38, 
	4, 42, 43, 38, 38, 38, 38, 38, 
	38, 38, 44, 7, 7, 8, 38, 38, 
	38, 38, 38, 39, 5, 40, 40, 38, 
	42, 38, 39, 5, 45, 45, 45, 45, 
	45, 45, 45, 45, 45, 45, 45, 45, 
	45, 45, 45, 45, 27, 45, 4, 45, 
	0, 45, 45, 45, 45, 45, 45, 45, 
	46, 7, 7, 8, 45, 45, 45, 45, 
	45, 39, 5, 45, 1, 2, 10, 43, 
	43, 43, 43, 43, 43, 43, 43, 43, 
	43, 43, 43, 43, 43, 43, 47, 43, 
	4, 48, 43, 43, 43, 43, 43, 43, 
	43, 43, 49, 7, 7, 8, 43, 43, 
	43, 43, 43, 1, 2, 10, 10, 43, 
	48, 43, 16, 17, 18, 36, 36, 36, 
	36, 36, 36, 36, 36, 36, 36, 36, 
	36, 36, 36, 36, 36, 50, 4, 51, 
	36, 51, 36, 36, 36, 36, 36, 36, 
	52, 7, 7, 8, 36, 36, 36, 36, 
	41, 16, 17, 18, 18, 36, 51, 51, 
	36, 29, 25, 33, 53, 53, 53, 53, 
	53, 53, 53, 53, 53, 53, 53, 53, 
	53, 53, 53, 53, 54, 4, 20, 15, 
	20, 53, 53, 53, 53, 53, 53, 55, 
	7, 7, 14, 53, 53, 53, 53, 53, 
	29, 25, 33, 33, 53, 20, 20, 53, 
	39, 5, 40, 56, 56, 56, 56, 56, 
	56, 56, 56, 56, 56, 56, 56, 56, 
	56, 56, 22, 56, 4, 12, 9, 56, 
	56, 56, 56, 56, 56, 56, 57, 7, 
	7, 14, 56, 56, 56, 56, 56, 39, 
	5, 40, 40, 56, 12, 56, 0
};

static const char _fd_read_trans_targs[] = {
	0, 1, 0, 3, 4, 8, 0, 4, 
	4, 1, 1, 2, 7, 1, 4, 2, 
	2, 3, 2, 1, 6, 2, 11, 3, 
	0, 5, 3, 5, 5, 6, 8, 5, 
	6, 6, 7, 6, 10, 6, 7, 7, 
	7, 6, 7, 9, 7, 8, 8, 10, 
	7, 9, 9, 6, 10, 11, 12, 11, 
	12, 12
};

static const char _fd_read_trans_actions[] = {
	0, 1, 2, 3, 4, 2, 5, 5, 
	6, 0, 7, 3, 8, 5, 9, 0, 
	1, 2, 7, 3, 10, 5, 3, 0, 
	3, 2, 5, 3, 0, 11, 3, 5, 
	0, 12, 3, 13, 0, 5, 0, 11, 
	12, 3, 13, 0, 5, 0, 5, 3, 
	14, 5, 3, 14, 5, 0, 3, 5, 
	0, 5
};

static const int fd_read_start = 0;


#line 127 "spec/fd_read.rl"


static int fd_read_step(int cs, unsigned char sym, fdp_io *io)
{
    const unsigned char *p = &sym, *pe = p + 1;
    
#line 118 "gen/fd_read.c"
	{
	int _slen;
	int _trans;
	const unsigned char *_keys;
	const char *_inds;
	if ( p == pe )
		goto _test_eof;
_resume:
	_keys = _fd_read_trans_keys + (cs<<1);
	_inds = _fd_read_indicies + _fd_read_index_offsets[cs];

	_slen = _fd_read_key_spans[cs];
	_trans = _inds[ _slen > 0 && _keys[0] <=(*p) &&
		(*p) <= _keys[1] ?
		(*p) - _keys[0] : _slen ];

	cs = _fd_read_trans_targs[_trans];

	if ( _fd_read_trans_actions[_trans] == 0 )
		goto _again;

	switch ( _fd_read_trans_actions[_trans] ) {
	case 2:
#line 40 "spec/rules.rl"
	{ FDP_WHY(S1); }
	break;
	case 1:
#line 41 "spec/rules.rl"
	{ FDP_WHY(S2); }
	break;
	case 13:
#line 42 "spec/rules.rl"
	{ FDP_WHY(S3); }
	break;
	case 7:
#line 43 "spec/rules.rl"
	{ FDP_WHY(S4); }
	break;
	case 14:
#line 44 "spec/rules.rl"
	{ FDP_WHY(S5); }
	break;
	case 5:
#line 47 "spec/rules.rl"
	{ FDP_WHY(S8); }
	break;
	case 4:
#line 55 "spec/rules.rl"
	{ FDP_WHY(S16); }
	break;
	case 6:
#line 67 "spec/rules.rl"
	{ FDP_WHY(D2); }
	break;
	case 3:
#line 68 "spec/rules.rl"
	{ FDP_WHY(D3); }
	break;
	case 11:
#line 11 "spec/rules.rl"
	{ FDP_WHY(READ1); }
#line 9 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
	case 8:
#line 12 "spec/rules.rl"
	{ FDP_WHY(READ2); }
#line 9 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
	case 12:
#line 13 "spec/rules.rl"
	{ FDP_WHY(READ3); }
#line 9 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
	case 9:
#line 67 "spec/rules.rl"
	{ FDP_WHY(D2); }
#line 11 "spec/actions.rl"
	{ FDP_POST(io->in_err); }
	break;
	case 10:
#line 48 "spec/rules.rl"
	{ FDP_WHY(S9); }
#line 12 "spec/rules.rl"
	{ FDP_WHY(READ2); }
#line 9 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
#line 188 "gen/fd_read.c"
	}

_again:
	if ( ++p != pe )
		goto _resume;
	_test_eof: {}
	}

#line 133 "spec/fd_read.rl"
    (void)p; (void)pe;
    return cs;
}
