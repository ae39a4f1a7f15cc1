import os
print('before')
os.remove('_tmp_missing_file_for_remove.txt')
