#!/usr/bin/env bash
# Draws the application icon (a price board with a rising line, "Rp") and writes it in the three formats jpackage
# wants: info-harga.png (Linux), info-harga.ico (Windows), info-harga.icns (macOS). Needs ImageMagick 6 and
# python3; the images are committed, so this runs only when the drawing changes.
set -euo pipefail
cd "$(dirname "$0")"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
font=/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf

# Teal tile with rounded corners, lighter at the top.
convert -size 1024x1024 gradient:'#19a394'-'#0b5a53' "$work/gradient.png"
convert -size 1024x1024 xc:none -fill white -draw "roundrectangle 48,48 975,975 200,200" "$work/mask.png"
convert "$work/gradient.png" "$work/mask.png" -alpha off -compose CopyOpacity -composite "$work/tile.png"

# The board: white card, three bars of staples, a rising amber line with its arrow head, "Rp" on top.
convert "$work/tile.png" \
  -fill '#00000033' -draw "roundrectangle 196,292 852,812 56,56" \
  -fill white -draw "roundrectangle 180,268 836,788 56,56" \
  -fill '#0f766e' -font "$font" -pointsize 150 -annotate +226+432 'Rp' \
  -fill '#99d5cc' -draw "roundrectangle 252,600 340,740 14,14" \
  -fill '#5bb8aa' -draw "roundrectangle 392,540 480,740 14,14" \
  -fill '#2a9486' -draw "roundrectangle 532,470 620,740 14,14" \
  -stroke '#f59e0b' -strokewidth 44 -fill none -draw "polyline 262,640 420,560 540,600 700,420" \
  -stroke none -fill '#f59e0b' -draw "polygon 772,338 748,478 638,380" \
  "$work/icon-1024.png"

for s in 16 24 32 48 64 128 256 512; do
  convert "$work/icon-1024.png" -resize ${s}x${s} "$work/icon-$s.png"
done
cp "$work/icon-256.png" info-harga.png
convert "$work/icon-16.png" "$work/icon-24.png" "$work/icon-32.png" "$work/icon-48.png" "$work/icon-64.png" \
  "$work/icon-128.png" "$work/icon-256.png" info-harga.ico
# ICNS: 'icns', total length, then per size an OSType, its length and a PNG (macOS 10.7+ reads PNG entries).
python3 - "$work" <<'PY'
import struct, sys
work = sys.argv[1]
entries = b''
for kind, size in ((b'ic07', 128), (b'ic08', 256), (b'ic09', 512), (b'ic10', 1024)):
    data = open(f'{work}/icon-{size}.png', 'rb').read()
    entries += kind + struct.pack('>I', len(data) + 8) + data
open('info-harga.icns', 'wb').write(b'icns' + struct.pack('>I', len(entries) + 8) + entries)
PY
ls -l info-harga.png info-harga.ico info-harga.icns
