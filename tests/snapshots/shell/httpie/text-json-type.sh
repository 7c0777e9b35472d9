http --ignore-stdin --print=hb POST https://api.example.com/raw \
  content-type:application/json \
  --raw=' foo/bar 
'
