  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
i  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
m  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
p  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
o  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
y  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
p  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
{  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
C  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
d  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
n  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
i  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
l  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
,  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
U  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
s  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
}  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
f  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
o  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
m  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
'  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
l  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
n  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
y  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
d  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
'  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')

  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')

  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
/  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
*  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
*  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
`  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
0  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
x  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
1  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
2  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
3  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
4  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
…  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
b  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
c  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
d  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
`  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
.  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
*  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
/  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')

  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
x  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
p  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
o  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
c  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
o  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
n  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
s  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
s  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
h  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
o  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
A  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
d  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
d  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
s  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
s  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
=  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
(  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
d  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
d  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
s  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
s  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
:  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
s  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
i  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
n  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
g  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
)  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
=  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
>  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
`  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
$  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
{  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
d  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
d  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
s  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
s  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
.  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
s  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
l  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
i  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
c  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
(  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
0  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
,  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
6  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
)  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
}  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
…  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
$  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
{  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
d  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
d  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
s  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
s  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
.  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
s  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
l  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
i  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
c  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
(  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
-  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
4  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
)  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
}  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
`  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')

  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')

  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
/  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
*  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
*  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
H  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
o  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
w  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
p  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
s  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
o  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
n  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
i  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
s  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
n  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
m  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
d  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
i  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
n  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
h  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
s  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
u  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
s  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
l  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
i  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
n  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
n  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
d  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
h  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
h  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
d  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
.  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
*  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
/  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')

  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
x  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
p  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
o  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
f  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
u  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
n  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
c  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
i  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
o  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
n  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
d  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
i  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
s  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
p  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
l  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
y  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
N  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
m  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
(  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
u  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
s  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
:  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
U  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
s  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
)  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
:  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
s  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
i  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
n  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
g  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
{  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')

  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
i  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
f  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
(  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
u  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
s  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
.  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
m  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
i  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
l  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
)  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
u  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
n  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
u  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
s  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
.  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
m  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
i  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
l  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')

  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
c  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
o  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
n  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
s  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
p  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
h  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
o  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
n  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
=  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
u  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
s  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
.  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
v  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
i  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
f  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
i  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
d  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
C  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
d  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
n  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
i  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
l  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
s  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
.  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
f  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
i  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
n  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
d  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
(  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
(  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
c  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
)  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
=  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
>  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
c  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
.  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
f  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
o  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
m  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
=  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
=  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
=  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
'  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
p  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
h  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
o  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
n  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
N  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
u  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
m  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
b  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
'  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
)  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
?  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
.  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
p  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
u  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
b  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
l  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
i  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
c  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
I  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
d  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
n  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
i  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
f  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
i  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')

  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
i  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
f  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
(  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
p  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
h  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
o  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
n  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
)  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
u  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
n  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
p  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
h  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
o  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
n  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')

  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
i  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
f  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
(  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
u  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
s  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
.  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
l  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
i  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
s  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
)  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
u  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
n  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
u  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
s  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
.  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
l  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
i  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
s  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')

  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
c  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
o  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
n  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
s  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
w  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
l  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
l  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
=  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
u  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
s  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
.  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
v  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
i  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
f  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
i  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
d  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
C  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
d  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
n  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
i  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
l  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
s  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
.  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
f  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
i  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
n  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
d  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
(  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
(  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
c  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
)  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
=  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
>  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
c  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
.  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
f  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
o  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
m  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
=  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
=  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
=  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
'  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
b  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
l  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
o  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
c  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
k  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
c  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
h  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
i  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
n  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
'  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
)  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
?  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
.  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
d  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
d  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
s  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
s  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')

  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
u  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
n  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
w  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
l  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
l  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
?  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
s  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
h  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
o  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
A  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
d  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
d  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
s  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
s  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
(  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
w  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
l  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
l  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
)  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
:  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
u  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
s  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
.  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
i  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
d  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')

  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
}  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')

  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')

  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
/  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
*  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
*  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
`  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
1  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
:  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
5  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
9  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
:  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
5  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
8  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
`  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
,  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
`  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
4  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
:  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
0  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
5  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
`  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
,  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
`  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
0  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
:  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
0  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
3  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
`  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
.  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
*  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
/  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')

  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
x  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
p  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
o  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
f  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
u  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
n  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
c  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
i  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
o  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
n  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
f  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
o  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
m  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
R  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
m  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
i  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
n  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
i  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
n  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
g  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
(  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
m  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
s  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
:  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
n  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
u  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
m  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
b  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
)  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
:  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
s  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
i  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
n  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
g  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
{  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')

  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
c  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
o  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
n  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
s  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
o  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
l  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
=  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
M  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
h  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
.  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
m  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
x  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
(  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
0  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
,  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
M  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
h  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
.  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
c  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
i  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
l  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
(  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
m  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
s  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
/  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
1  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
0  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
0  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
0  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
)  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
)  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')

  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
c  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
o  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
n  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
s  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
h  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
o  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
u  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
s  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
=  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
M  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
h  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
.  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
f  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
l  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
o  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
o  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
(  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
o  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
l  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
/  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
3  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
6  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
0  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
0  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
)  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')

  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
c  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
o  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
n  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
s  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
m  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
i  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
n  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
u  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
s  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
=  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
M  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
h  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
.  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
f  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
l  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
o  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
o  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
(  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
(  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
o  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
l  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
%  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
3  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
6  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
0  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
0  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
)  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
/  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
6  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
0  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
)  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')

  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
c  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
o  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
n  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
s  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
s  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
c  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
o  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
n  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
d  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
s  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
=  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
S  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
i  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
n  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
g  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
(  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
o  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
l  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
%  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
6  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
0  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
)  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
.  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
p  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
d  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
S  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
(  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
2  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
,  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
'  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
0  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
'  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
)  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')

  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
u  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
n  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
h  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
o  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
u  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
s  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
>  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
0  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
?  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
`  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
$  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
{  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
h  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
o  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
u  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
s  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
}  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
:  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
$  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
{  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
S  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
i  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
n  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
g  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
(  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
m  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
i  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
n  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
u  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
s  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
)  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
.  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
p  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
d  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
S  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
(  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
2  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
,  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
'  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
0  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
'  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
)  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
}  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
:  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
$  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
{  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
s  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
c  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
o  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
n  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
d  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
s  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
}  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
`  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
:  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
`  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
$  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
{  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
m  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
i  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
n  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
u  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
s  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
}  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
:  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
$  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
{  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
s  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
c  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
o  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
n  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
d  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
s  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
}  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
`  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')

  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
}  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')

  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')

  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
c  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
o  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
n  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
s  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
F  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
O  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
R  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
M  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
A  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
T  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
_  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
N  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
A  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
M  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
E  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
S  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
:  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
R  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
c  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
o  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
d  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
<  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
s  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
i  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
n  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
g  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
,  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
s  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
i  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
n  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
g  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
>  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
=  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
{  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')

  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
b  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
l  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
o  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
c  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
k  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
c  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
h  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
i  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
n  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
:  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
'  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
W  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
l  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
l  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
'  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
,  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')

  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
m  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
i  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
l  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
:  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
'  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
E  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
m  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
i  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
l  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
'  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
,  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')

  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
p  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
h  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
o  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
n  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
N  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
u  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
m  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
b  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
:  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
'  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
P  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
h  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
o  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
n  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
'  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
,  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')

  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
o  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
u  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
h  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
:  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
'  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
S  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
o  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
c  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
i  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
l  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
'  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
,  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')

  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
p  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
s  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
s  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
k  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
y  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
:  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
'  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
P  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
s  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
s  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
k  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
y  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
'  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
,  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')

  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
x  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
n  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
l  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
U  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
s  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
:  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
'  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
E  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
x  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
n  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
l  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
c  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
c  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
o  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
u  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
n  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
'  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
,  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')

  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
o  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
p  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
:  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
'  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
A  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
u  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
h  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
n  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
i  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
c  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
o  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
p  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
p  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
'  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
,  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')

  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
}  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')

  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')

  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
/  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
*  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
*  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
A  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
c  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
d  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
n  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
i  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
l  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
s  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
i  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
l  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
(  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
"  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
E  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
m  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
b  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
d  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
d  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
d  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
w  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
l  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
l  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
"  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
)  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
n  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
d  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
d  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
i  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
l  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
(  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
h  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
d  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
d  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
s  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
s  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
,  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
m  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
i  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
l  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
o  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
n  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
u  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
m  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
b  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
)  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
.  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
*  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
/  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')

  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
x  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
p  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
o  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
f  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
u  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
n  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
c  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
i  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
o  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
n  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
d  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
s  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
c  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
i  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
b  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
C  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
d  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
n  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
i  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
l  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
(  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
c  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
d  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
n  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
i  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
l  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
:  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
C  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
d  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
n  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
i  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
l  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
)  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
:  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
{  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
i  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
l  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
:  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
s  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
i  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
n  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
g  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
;  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
d  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
i  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
l  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
:  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
s  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
i  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
n  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
g  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
}  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
{  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')

  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
c  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
o  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
n  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
s  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
i  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
l  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
=  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')

  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
c  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
d  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
n  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
i  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
l  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
.  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
f  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
o  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
m  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
=  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
=  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
=  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
'  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
b  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
l  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
o  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
c  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
k  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
c  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
h  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
i  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
n  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
'  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
&  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
&  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
c  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
d  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
n  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
i  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
l  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
.  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
w  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
l  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
l  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
P  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
o  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
v  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
i  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
d  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
=  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
=  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
=  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
'  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
m  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
b  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
d  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
d  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
d  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
W  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
l  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
l  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
'  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')

  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
?  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
'  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
E  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
m  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
b  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
d  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
d  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
d  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
w  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
l  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
l  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
'  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')

  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
:  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
(  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
F  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
O  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
R  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
M  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
A  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
T  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
_  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
N  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
A  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
M  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
E  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
S  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
[  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
c  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
d  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
n  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
i  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
l  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
.  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
f  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
o  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
m  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
]  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
?  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
?  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
c  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
d  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
n  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
i  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
l  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
.  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
f  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
o  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
m  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
)  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')

  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
c  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
o  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
n  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
s  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
d  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
i  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
l  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
=  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')

  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
c  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
d  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
n  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
i  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
l  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
.  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
d  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
d  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
s  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
s  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
?  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
?  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')

  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
c  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
d  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
n  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
i  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
l  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
.  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
m  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
i  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
l  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
?  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
?  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')

  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
c  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
d  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
n  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
i  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
l  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
.  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
p  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
u  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
b  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
l  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
i  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
c  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
I  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
d  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
n  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
i  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
f  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
i  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
?  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
?  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')

  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
(  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
c  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
d  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
n  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
i  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
l  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
.  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
f  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
o  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
m  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
=  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
=  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
=  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
'  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
o  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
p  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
'  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
?  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
'  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
E  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
n  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
b  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
l  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
d  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
'  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
:  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
'  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
'  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
)  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')

  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
c  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
o  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
n  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
s  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
w  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
l  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
l  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
=  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')

  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
c  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
d  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
n  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
i  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
l  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
.  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
w  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
l  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
l  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
N  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
m  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
&  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
&  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
c  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
d  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
n  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
i  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
l  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
.  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
w  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
l  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
l  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
P  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
o  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
v  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
i  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
d  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
!  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
=  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
=  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
'  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
m  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
b  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
d  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
d  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
d  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
W  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
l  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
l  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
'  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')

  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
?  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
`  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
·  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
$  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
{  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
c  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
d  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
n  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
i  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
l  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
.  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
w  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
l  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
l  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
N  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
m  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
}  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
`  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')

  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
:  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
'  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
'  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')

  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
u  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
r  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
n  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
{  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
i  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
l  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
:  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
`  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
$  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
{  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
i  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
l  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
}  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
$  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
{  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
w  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
l  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
l  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
}  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
`  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
,  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
d  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
e  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
t  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
a  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
i  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
l  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
   const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
}  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')

  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
}  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')

  const detail =
    credential.format === 'totp'
      ? 'Enabled'
      : (credential.address ?? credential.email ?? credential.publicIdentifier ?? '')
