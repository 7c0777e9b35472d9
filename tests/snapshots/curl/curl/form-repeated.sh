curl --request POST \
  --url https://api.example.com/form \
  --header 'Content-Type: application/x-www-form-urlencoded' \
  --data-urlencode scope=read \
  --data-urlencode 'scope=write & delete' \
  --data-urlencode 'note=a+b=c 100% '\''q'\'' "dq" \ $x #{y} é 😀
new line'
