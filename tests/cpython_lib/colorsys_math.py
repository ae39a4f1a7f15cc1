import colorsys
print(colorsys.__file__.endswith('python3.12/colorsys.py'))
print(colorsys.rgb_to_hsv(0.2, 0.4, 0.4), colorsys.hls_to_rgb(0.5, 0.5, 0.5))
print(colorsys.rgb_to_yiq(1, 0.5, 0.25), colorsys.hsv_to_rgb(0.25, 0.5, 0.75))
