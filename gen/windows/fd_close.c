
#line 1 "spec/windows/fd_close.rl"

#line 2 "gen/windows/fd_close.c"
static const unsigned char _fd_close_windows_trans_keys[] = {
	1u, 46u, 0u, 0u, 3u, 42u, 3u, 43u, 0u, 0u, 3u, 50u, 3u, 50u, 3u, 42u, 
	3u, 50u, 3u, 42u, 3u, 42u, 2u, 46u, 0u, 0u, 0
};

static const char _fd_close_windows_key_spans[] = {
	46, 0, 40, 41, 0, 48, 48, 40, 
	48, 40, 40, 45, 0
};

static const short _fd_close_windows_index_offsets[] = {
	0, 47, 48, 89, 131, 132, 181, 230, 
	271, 320, 361, 402, 448
};

static const char _fd_close_windows_indicies[] = {
	1, 2, 3, 0, 0, 0, 0, 0, 
	0, 0, 0, 0, 0, 2, 0, 0, 
	0, 0, 0, 0, 0, 0, 4, 0, 
	0, 0, 0, 0, 0, 2, 0, 0, 
	0, 0, 0, 5, 0, 0, 0, 0, 
	0, 3, 0, 0, 0, 2, 0, 6, 
	7, 2, 2, 2, 2, 2, 2, 2, 
	2, 2, 2, 2, 2, 2, 2, 2, 
	2, 2, 2, 2, 4, 2, 2, 2, 
	2, 2, 2, 2, 2, 2, 8, 9, 
	10, 10, 2, 2, 2, 2, 2, 7, 
	2, 7, 12, 11, 11, 11, 11, 11, 
	11, 11, 11, 11, 11, 11, 11, 11, 
	11, 11, 11, 11, 11, 4, 11, 11, 
	11, 11, 11, 11, 11, 11, 11, 13, 
	14, 15, 16, 11, 11, 11, 11, 11, 
	7, 12, 11, 4, 18, 17, 17, 17, 
	17, 17, 17, 17, 17, 17, 17, 17, 
	17, 17, 17, 17, 17, 17, 17, 17, 
	4, 17, 17, 17, 17, 17, 17, 17, 
	17, 17, 17, 19, 20, 20, 17, 17, 
	17, 17, 17, 18, 17, 17, 17, 17, 
	17, 17, 17, 21, 17, 14, 19, 19, 
	19, 19, 19, 19, 19, 19, 19, 19, 
	19, 19, 19, 19, 19, 19, 19, 19, 
	19, 4, 19, 19, 19, 19, 19, 19, 
	19, 19, 19, 19, 19, 19, 19, 19, 
	19, 19, 19, 19, 14, 19, 19, 19, 
	19, 19, 19, 19, 22, 19, 14, 9, 
	23, 23, 23, 23, 23, 23, 23, 23, 
	23, 23, 23, 23, 23, 23, 23, 23, 
	23, 23, 4, 23, 23, 23, 23, 23, 
	23, 23, 23, 23, 23, 23, 23, 23, 
	23, 23, 23, 23, 23, 22, 23, 25, 
	24, 24, 24, 24, 24, 24, 24, 24, 
	24, 24, 24, 24, 24, 24, 24, 24, 
	24, 24, 24, 4, 24, 24, 24, 24, 
	24, 24, 24, 24, 24, 24, 24, 24, 
	24, 24, 24, 24, 24, 24, 25, 24, 
	24, 24, 24, 24, 24, 24, 26, 24, 
	25, 28, 27, 27, 27, 27, 27, 27, 
	27, 27, 27, 27, 27, 27, 27, 27, 
	27, 27, 27, 27, 4, 27, 27, 27, 
	27, 27, 27, 27, 27, 27, 27, 27, 
	27, 27, 27, 27, 27, 27, 27, 26, 
	27, 18, 8, 29, 29, 29, 29, 29, 
	29, 29, 29, 29, 29, 29, 29, 29, 
	29, 29, 29, 29, 29, 4, 29, 29, 
	29, 29, 29, 29, 29, 29, 29, 29, 
	30, 31, 31, 29, 29, 29, 29, 29, 
	21, 29, 11, 32, 33, 32, 32, 32, 
	32, 32, 32, 32, 32, 32, 11, 32, 
	32, 32, 32, 32, 32, 32, 32, 4, 
	32, 32, 32, 32, 32, 32, 11, 32, 
	32, 32, 32, 32, 5, 32, 32, 32, 
	32, 32, 32, 33, 32, 32, 11, 32, 
	5, 0
};

static const char _fd_close_windows_trans_targs[] = {
	0, 1, 2, 11, 4, 12, 1, 3, 
	5, 6, 8, 3, 2, 5, 6, 8, 
	8, 5, 5, 6, 8, 10, 7, 7, 
	8, 8, 9, 9, 8, 10, 7, 9, 
	11, 0
};

static const char _fd_close_windows_trans_actions[] = {
	1, 0, 0, 2, 3, 4, 1, 2, 
	5, 5, 6, 0, 5, 7, 8, 9, 
	10, 11, 12, 13, 14, 15, 15, 13, 
	13, 16, 15, 13, 5, 11, 17, 18, 
	1, 5
};

static const int fd_close_windows_start = 0;


#line 97 "spec/windows/fd_close.rl"


static int fd_close_windows_step(int cs, unsigned char sym, fdp_io *io)
{
    const unsigned char *p = &sym, *pe = p + 1;
    
#line 100 "gen/windows/fd_close.c"
	{
	int _slen;
	int _trans;
	const unsigned char *_keys;
	const char *_inds;
	if ( p == pe )
		goto _test_eof;
_resume:
	_keys = _fd_close_windows_trans_keys + (cs<<1);
	_inds = _fd_close_windows_indicies + _fd_close_windows_index_offsets[cs];

	_slen = _fd_close_windows_key_spans[cs];
	_trans = _inds[ _slen > 0 && _keys[0] <=(*p) &&
		(*p) <= _keys[1] ?
		(*p) - _keys[0] : _slen ];

	cs = _fd_close_windows_trans_targs[_trans];

	if ( _fd_close_windows_trans_actions[_trans] == 0 )
		goto _again;

	switch ( _fd_close_windows_trans_actions[_trans] ) {
	case 5:
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
	case 3:
#line 55 "spec/rules.rl"
	{ FDP_WHY(S16); }
	break;
	case 11:
#line 60 "spec/rules.rl"
	{ FDP_WHY(W1); }
	break;
	case 4:
#line 67 "spec/rules.rl"
	{ FDP_WHY(D2); }
	break;
	case 13:
#line 72 "spec/rules.rl"
	{ FDP_WHY(D8); }
	break;
	case 15:
#line 83 "spec/rules.rl"
	{ FDP_WHY(E7B); }
	break;
	case 12:
#line 28 "spec/rules.rl"
	{ FDP_WHY(CLOSE1); }
#line 9 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
	case 16:
#line 28 "spec/rules.rl"
	{ FDP_WHY(CLOSE1); }
#line 14 "spec/actions.rl"
	{ FDP_POST(*io->kept); }
	break;
	case 6:
#line 40 "spec/rules.rl"
	{ FDP_WHY(S1); }
#line 21 "spec/actions.rl"
	{ *io->kept = (uint16_t)(io->in_err == FDP_WSAENETDOWN ||
                                             io->in_err == FDP_WSAECONNRESET
                                             ? io->in_err : FDP_WSAECONNABORTED); }
	break;
	case 7:
#line 60 "spec/rules.rl"
	{ FDP_WHY(W1); }
#line 9 "spec/actions.rl"
	{ FDP_POST(0); }
	break;
	case 8:
#line 61 "spec/rules.rl"
	{ FDP_WHY(W2); }
#line 13 "spec/actions.rl"
	{ FDP_POST(FDP_WSAECONNABORTED); }
	break;
	case 17:
#line 72 "spec/rules.rl"
	{ FDP_WHY(D8); }
#line 94 "spec/rules.rl"
	{ FDP_WHY(DE6); }
	break;
	case 14:
#line 72 "spec/rules.rl"
	{ FDP_WHY(D8); }
#line 21 "spec/actions.rl"
	{ *io->kept = (uint16_t)(io->in_err == FDP_WSAENETDOWN ||
                                             io->in_err == FDP_WSAECONNRESET
                                             ? io->in_err : FDP_WSAECONNABORTED); }
	break;
	case 9:
#line 47 "spec/rules.rl"
	{ FDP_WHY(S8); }
#line 21 "spec/actions.rl"
	{ *io->kept = (uint16_t)(io->in_err == FDP_WSAENETDOWN ||
                                             io->in_err == FDP_WSAECONNRESET
                                             ? io->in_err : FDP_WSAECONNABORTED); }
#line 14 "spec/actions.rl"
	{ FDP_POST(*io->kept); }
	break;
	case 10:
#line 67 "spec/rules.rl"
	{ FDP_WHY(D2); }
#line 21 "spec/actions.rl"
	{ *io->kept = (uint16_t)(io->in_err == FDP_WSAENETDOWN ||
                                             io->in_err == FDP_WSAECONNRESET
                                             ? io->in_err : FDP_WSAECONNABORTED); }
#line 14 "spec/actions.rl"
	{ FDP_POST(*io->kept); }
	break;
	case 18:
#line 72 "spec/rules.rl"
	{ FDP_WHY(D8); }
#line 21 "spec/actions.rl"
	{ *io->kept = (uint16_t)(io->in_err == FDP_WSAENETDOWN ||
                                             io->in_err == FDP_WSAECONNRESET
                                             ? io->in_err : FDP_WSAECONNABORTED); }
#line 94 "spec/rules.rl"
	{ FDP_WHY(DE6); }
	break;
#line 199 "gen/windows/fd_close.c"
	}

_again:
	if ( ++p != pe )
		goto _resume;
	_test_eof: {}
	}

#line 103 "spec/windows/fd_close.rl"
    (void)p; (void)pe;
    return cs;
}
