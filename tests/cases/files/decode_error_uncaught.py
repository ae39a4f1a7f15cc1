with open('_tmp_decode_error_uncaught.txt', 'wb') as f:
    f.write(b'\x80abc')
print(open('_tmp_decode_error_uncaught.txt').read())
