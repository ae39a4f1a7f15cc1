print('before')
open('_tmp_missing_file_uncaught.txt')
