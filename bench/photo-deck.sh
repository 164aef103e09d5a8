#!/usr/bin/env bash
# A deck of 60 slides, each a different 12 MP JPEG photo (4000x3000), for the memory figures of issue 18:
# `check`, `present` and `export` of it must stay within the launcher's heap (pom.xml installer.javaOptions).
# The photos are generated, not committed: one ImageMagick plasma, enlarged, with noise and another hue for
# each of DISTINCT photos; the slides cycle through them as separate files (each decoded on its own: the
# image cache keys on the file). Making a photo takes seconds, so 60 distinct ones are an option, not the default.
# Usage: bench/photo-deck.sh DIR [SLIDES [DISTINCT]]     (needs ImageMagick's convert)
set -euo pipefail
dir=${1:?usage: bench/photo-deck.sh DIR [SLIDES]}
n=${2:-60}
k=${3:-6}
mkdir -p "$dir/slides" "$dir/assets"
convert -size 1000x750 -seed 18 plasma:fractal "$dir/assets/base.png"
printf 'title: Fotos\nduration: 60\nsections:\n  - s1.yaml\n' > "$dir/slides/deck.yaml"
printf 'id: s1\ntitle: Fotos\nbudget: 60\nslides:\n' > "$dir/slides/s1.yaml"
for i in $(seq 1 "$k"); do
  # hue around the wheel, then 4x up to 12 MP with detail noise so the JPEG is photo-sized (~4 MB)
  convert "$dir/assets/base.png" -modulate 100,100,$(( i * 200 / k )) -resize 4000x3000! \
    -attenuate 0.3 +noise Gaussian -quality 90 "$dir/assets/original$i.jpg"
done
for i in $(seq 1 "$n"); do
  cp "$dir/assets/original$(( (i - 1) % k + 1 )).jpg" "$dir/assets/foto$i.jpg"
  printf '  - id: f%d\n    title: Foto %d\n    layout: image\n    uncited: foto propia\n    blocks:\n      - image: {src: assets/foto%d.jpg, caption: Foto %d, describe: una foto}\n' \
    "$i" "$i" "$i" "$i" >> "$dir/slides/s1.yaml"
done
rm "$dir/assets/base.png" "$dir"/assets/original*.jpg
echo "$dir: $n slides, $(du -sh "$dir/assets" | cut -f1) of photos"
