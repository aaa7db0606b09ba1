-- expect: near <eof>
return {
