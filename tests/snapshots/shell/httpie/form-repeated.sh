http --ignore-stdin --print=hb --form POST https://api.example.com/form \
  Content-Type:application/x-www-form-urlencoded \
  scope=read \
  'scope=write & delete' \
  'note=a+b=c 100% '\''q'\'' "dq" \ $x #{y} é 😀
new line'
