
#line 1 "spec/fd_close.rl"

#line 2 "gen/fd_close.c"
static const unsigned char _fd_close_trans_keys[] = {
	1u, 47u, 0u, 0u, 3u, 47u, 3u, 47u, 3u, 48u, 3u, 48u, 0u, 0u, 3u, 42u, 
	3u, 43u, 3u, 43u, 3u, 42u, 3u, 42u, 3u, 43u, 3u, 42u, 3u, 42u, 3u, 42u, 
	2u, 47u, 2u, 48u, 2u, 48u, 2u, 46u, 2u, 46u, 2u, 46u, 2u, 46u, 0u, 0u, 
	0
};

static const char _fd_close_key_spans[] = {
	47, 0, 45, 45, 46, 46, 0, 40, 
	41, 41, 40, 40, 41, 40, 40, 40, 
	46, 47, 47, 45, 45, 45, 45, 0
};

static const short _fd_close_index_offsets[] = {
	0, 48, 49, 95, 141, 188, 235, 236, 
	277, 319, 361, 402, 443, 485, 526, 567, 
	608, 655, 703, 751, 797, 843, 889, 935
};

static const char _fd_close_indicies[] = {
	1, 2, 3, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 2, 0, 0, 
	0, 0, 0, 0, 4, 0, 5, 6, 
	0, 0, 0, 0, 0, 2, 0, 0, 
	0, 0, 0, 7, 0, 0, 0, 0, 
	0, 3, 0, 0, 0, 2, 6, 0, 
	8, 9, 2, 2, 2, 2, 2, 2, 
	2, 2, 2, 2, 2, 2, 2, 2, 
	2, 2, 2, 10, 2, 5, 11, 2, 
	2, 2, 2, 2, 2, 2, 2, 12, 
	13, 14, 14, 2, 2, 2, 2, 2, 
	9, 2, 2, 2, 2, 11, 2, 9, 
	16, 15, 15, 15, 15, 15, 15, 15, 
	15, 15, 15, 15, 15, 15, 15, 15, 
	15, 17, 15, 5, 18, 15, 15, 15, 
	15, 15, 15, 15, 15, 19, 20, 21, 
	22, 15, 15, 15, 15, 15, 9, 16, 
	15, 15, 15, 18, 15, 24, 25, 23, 
	23, 23, 23, 23, 23, 23, 23, 23, 
	23, 23, 23, 23, 23, 23, 23, 23, 
	26, 5, 27, 23, 27, 23, 23, 23, 
	23, 23, 23, 19, 20, 21, 22, 23, 
	23, 23, 23, 27, 24, 25, 23, 23, 
	23, 27, 27, 23, 24, 28, 28, 28, 
	28, 28, 28, 28, 28, 28, 28, 28, 
	28, 28, 28, 28, 28, 28, 28, 29, 
	5, 30, 28, 30, 28, 28, 28, 28, 
	28, 28, 12, 13, 14, 14, 28, 28, 
	28, 28, 30, 24, 28, 28, 28, 28, 
	30, 30, 28, 5, 31, 30, 30, 30, 
	30, 30, 30, 30, 30, 30, 30, 30, 
	30, 30, 30, 30, 30, 30, 30, 32, 
	5, 30, 28, 30, 30, 30, 30, 30, 
	30, 30, 33, 13, 14, 14, 30, 30, 
	30, 30, 30, 31, 30, 31, 34, 27, 
	27, 27, 27, 27, 27, 27, 27, 27, 
	27, 27, 27, 27, 27, 27, 27, 27, 
	35, 5, 27, 23, 27, 27, 27, 27, 
	27, 27, 27, 36, 20, 21, 22, 27, 
	27, 27, 27, 27, 31, 34, 27, 37, 
	38, 18, 18, 18, 18, 18, 18, 18, 
	18, 18, 18, 18, 18, 18, 18, 18, 
	18, 39, 18, 5, 18, 15, 18, 18, 
	18, 18, 18, 18, 18, 36, 20, 21, 
	22, 18, 18, 18, 18, 18, 37, 38, 
	18, 37, 11, 11, 11, 11, 11, 11, 
	11, 11, 11, 11, 11, 11, 11, 11, 
	11, 11, 11, 40, 11, 5, 11, 2, 
	11, 11, 11, 11, 11, 11, 11, 33, 
	13, 14, 14, 11, 11, 11, 11, 11, 
	37, 11, 36, 41, 41, 41, 41, 41, 
	41, 41, 41, 41, 41, 41, 41, 41, 
	41, 41, 41, 41, 41, 41, 5, 41, 
	12, 41, 41, 41, 41, 41, 41, 41, 
	41, 13, 14, 14, 41, 41, 41, 41, 
	41, 36, 41, 36, 43, 42, 42, 42, 
	42, 42, 42, 42, 42, 42, 42, 42, 
	42, 42, 42, 42, 42, 42, 42, 5, 
	42, 19, 42, 42, 42, 42, 42, 42, 
	42, 42, 20, 21, 22, 42, 42, 42, 
	42, 42, 36, 43, 42, 45, 44, 44, 
	44, 44, 44, 44, 44, 44, 44, 44, 
	44, 44, 44, 44, 44, 44, 44, 44, 
	44, 5, 44, 44, 44, 44, 44, 44, 
	44, 44, 44, 44, 46, 47, 47, 44, 
	44, 44, 44, 44, 45, 44, 48, 46, 
	46, 46, 46, 46, 46, 46, 46, 46, 
	46, 46, 46, 46, 46, 46, 46, 46, 
	46, 46, 5, 46, 46, 46, 46, 46, 
	46, 46, 46, 46, 46, 46, 46, 46, 
	46, 46, 46, 46, 46, 48, 46, 50, 
	49, 49, 49, 49, 49, 49, 49, 49, 
	49, 49, 49, 49, 49, 49, 49, 49, 
	49, 49, 49, 5, 49, 49, 49, 49, 
	49, 49, 49, 49, 49, 49, 49, 49, 
	49, 49, 49, 49, 49, 49, 50, 49, 
	15, 51, 52, 51, 51, 51, 51, 51, 
	51, 51, 51, 51, 15, 51, 51, 51, 
	51, 51, 51, 53, 51, 5, 54, 51, 
	51, 51, 51, 51, 15, 51, 51, 51, 
	51, 51, 7, 51, 51, 51, 51, 51, 
	51, 52, 51, 51, 15, 54, 51, 23, 
	55, 56, 55, 55, 55, 55, 55, 55, 
	55, 55, 55, 23, 55, 55, 55, 55, 
	55, 55, 55, 57, 5, 58, 55, 58, 
	55, 55, 55, 23, 55, 55, 55, 55, 
	55, 7, 55, 55, 55, 55, 58, 55, 
	56, 55, 55, 23, 58, 58, 55, 28, 
	60, 59, 59, 59, 59, 59, 59, 59, 
	59, 59, 59, 28, 59, 59, 59, 59, 
	59, 59, 59, 61, 5, 62, 59, 62, 
	59, 59, 59, 28, 59, 59, 59, 59, 
	59, 7, 59, 59, 59, 59, 62, 60, 
	59, 59, 59, 28, 62, 62, 59, 30, 
	64, 63, 63, 63, 63, 63, 63, 63, 
	63, 63, 63, 30, 63, 63, 63, 63, 
	63, 63, 63, 65, 5, 63, 66, 63, 
	63, 63, 63, 30, 63, 63, 63, 63, 
	63, 7, 63, 63, 63, 63, 63, 64, 
	63, 63, 63, 30, 63, 27, 67, 68, 
	67, 67, 67, 67, 67, 67, 67, 67, 
	67, 27, 67, 67, 67, 67, 67, 67, 
	67, 69, 5, 67, 70, 67, 67, 67, 
	67, 27, 67, 67, 67, 67, 67, 7, 
	67, 67, 67, 67, 67, 67, 68, 67, 
	67, 27, 67, 18, 71, 72, 71, 71, 
	71, 71, 71, 71, 71, 71, 71, 18, 
	71, 71, 71, 71, 71, 71, 73, 71, 
	5, 71, 74, 71, 71, 71, 71, 18, 
	71, 71, 71, 71, 71, 7, 71, 71, 
	71, 71, 71, 71, 72, 71, 71, 18, 
	71, 11, 76, 75, 75, 75, 75, 75, 
	75, 75, 75, 75, 75, 11, 75, 75, 
	75, 75, 75, 75, 77, 75, 5, 75, 
	78, 75, 75, 75, 75, 11, 75, 75, 
	75, 75, 75, 7, 75, 75, 75, 75, 
	75, 76, 75, 75, 75, 11, 75, 7, 
	0
};

static const char _fd_close_trans_targs[] = {
	0, 1, 2, 16, 18, 6, 22, 23, 
	1, 3, 5, 10, 13, 14, 15, 3, 
	2, 4, 9, 13, 14, 15, 15, 4, 
	4, 5, 3, 8, 5, 2, 7, 8, 
	10, 11, 7, 9, 12, 9, 10, 8, 
	7, 11, 12, 11, 13, 13, 14, 15, 
	14, 15, 15, 16, 0, 17, 21, 17, 
	18, 16, 20, 18, 17, 0, 19, 19, 
	20, 22, 18, 20, 19, 21, 17, 21, 
	22, 20, 16, 22, 21, 19, 0
};

static const char _fd_close_trans_actions[] = {
	1, 0, 0, 2, 3, 4, 0, 5, 
	1, 2, 3, 0, 6, 6, 7, 0, 
	6, 3, 0, 8, 9, 10, 11, 0, 
	2, 6, 3, 0, 0, 3, 0, 2, 
	3, 1, 6, 3, 1, 2, 6, 3, 
	3, 0, 0, 6, 12, 13, 12, 14, 
	15, 12, 16, 1, 6, 3, 0, 1, 
	6, 3, 0, 1, 2, 3, 0, 1, 
	2, 3, 0, 1, 6, 3, 0, 1, 
	6, 3, 0, 1, 2, 3, 0
};

static const int fd_close_start = 0;


#line 203 "spec/fd_close.rl"


static int fd_close_step(int cs, unsigned char sym, fdp_io *io)
{
    const unsigned char *p = &sym, *pe = p + 1;
    
#line 175 "gen/fd_close.c"
	{
	int _slen;
	int _trans;
	const unsigned char *_keys;
	const char *_inds;
	if ( p == pe )
		goto _test_eof;
_resume:
	_keys = _fd_close_trans_keys + (cs<<1);
	_inds = _fd_close_indicies + _fd_close_index_offsets[cs];

	_slen = _fd_close_key_spans[cs];
	_trans = _inds[ _slen > 0 && _keys[0] <=(*p) &&
		(*p) <= _keys[1] ?
		(*p) - _keys[0] : _slen ];

	cs = _fd_close_trans_targs[_trans];

	if ( _fd_close_trans_actions[_trans] == 0 )
		goto _again;

	switch ( _fd_close_trans_actions[_trans] ) {
	case 6:
#line 40 "spec/rules.rl"
	{ FDP_WHY(S1); }
	break;
	case 2:
#line 41 "spec/rules.rl"
	{ FDP_WHY(S2); }
	break;
	case 1:
#line 47 "spec/rules.rl"
	{ FDP_WHY(S8); }
	break;
	case 4:
#line 55 "spec/rules.rl"
	{ FDP_WHY(S16); }
	break;
	case 5:
#line 67 "spec/rules.rl"
	{ FDP_WHY(D2); }
	break;
	case 3:
#line 68 "spec/rules.rl"
	{ FDP_WHY(D3); }
	break;
	case 12:
#line 72 "spec/rules.rl"
	{ FDP_WHY(D8); }
	break;
	case 13:
#line 28 "spec/rules.rl"
	{ FDP_WHY(CLOSE1); }
#line 9 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
	case 15:
#line 28 "spec/rules.rl"
	{ FDP_WHY(CLOSE1); }
#line 12 "spec/actions.rl"
	{ FDP_POST(FDP_WSAECONNRESET); }
	break;
	case 16:
#line 28 "spec/rules.rl"
	{ FDP_WHY(CLOSE1); }
#line 14 "spec/actions.rl"
	{ FDP_POST(*io->kept); }
	break;
	case 8:
#line 29 "spec/rules.rl"
	{ FDP_WHY(CLOSE2); }
#line 9 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
	case 9:
#line 31 "spec/rules.rl"
	{ FDP_WHY(CLOSE4); }
#line 12 "spec/actions.rl"
	{ FDP_POST(FDP_WSAECONNRESET); }
	break;
	case 7:
#line 40 "spec/rules.rl"
	{ FDP_WHY(S1); }
#line 21 "spec/actions.rl"
	{ *io->kept = (uint16_t)(io->in_err == FDP_WSAENETDOWN ||
                                             io->in_err == FDP_WSAECONNRESET
                                             ? io->in_err : FDP_WSAECONNABORTED); }
	break;
	case 14:
#line 72 "spec/rules.rl"
	{ FDP_WHY(D8); }
#line 21 "spec/actions.rl"
	{ *io->kept = (uint16_t)(io->in_err == FDP_WSAENETDOWN ||
                                             io->in_err == FDP_WSAECONNRESET
                                             ? io->in_err : FDP_WSAECONNABORTED); }
	break;
	case 10:
#line 47 "spec/rules.rl"
	{ FDP_WHY(S8); }
#line 21 "spec/actions.rl"
	{ *io->kept = (uint16_t)(io->in_err == FDP_WSAENETDOWN ||
                                             io->in_err == FDP_WSAECONNRESET
                                             ? io->in_err : FDP_WSAECONNABORTED); }
#line 14 "spec/actions.rl"
	{ FDP_POST(*io->kept); }
	break;
	case 11:
#line 67 "spec/rules.rl"
	{ FDP_WHY(D2); }
#line 21 "spec/actions.rl"
	{ *io->kept = (uint16_t)(io->in_err == FDP_WSAENETDOWN ||
                                             io->in_err == FDP_WSAECONNRESET
                                             ? io->in_err : FDP_WSAECONNABORTED); }
#line 14 "spec/actions.rl"
	{ FDP_POST(*io->kept); }
	break;
#line 264 "gen/fd_close.c"
	}

_again:
	if ( ++p != pe )
		goto _resume;
	_test_eof: {}
	}

#line 209 "spec/fd_close.rl"
    (void)p; (void)pe;
    return cs;
}
