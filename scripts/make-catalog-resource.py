import csv, re, sys
import os
# Regenerates Sources/Catalog/Resources/{subject-codes,sources}.tsv from ../shared/catalog.
# Usage: python3 scripts/make-catalog-resource.py Sources/Catalog/Resources
SH=os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'shared', 'catalog') + '/'
OUT=sys.argv[1]
seeds={'000_baa3e20b4b15d09b.txt':'S000','001_f621cec2125677f3.txt':'S001','002_b2f642792688ba7f.txt':'S002','003_d6a6df3f6639e224.txt':'S003','004_9896e042631d7d6c.txt':'S004'}
seeddesc={'S000':'seed 000_baa3e20b4b15d09b.txt — 朔州市朔城区工业和信息化局 2024年度部门决算 (Shanxi)',
'S001':'seed 001_f621cec2125677f3.txt — 阳城县工业和信息化局 2024年度部门决算 (Shanxi)',
'S002':'seed 002_b2f642792688ba7f.txt — 怀仁市工业和信息化局 2024年度部门决算 (Shanxi)',
'S003':'seed 003_d6a6df3f6639e224.txt — 北关区工业和信息化局 2024年度部门决算 (Henan)',
'S004':'seed 004_9896e042631d7d6c.txt — 晋城经济技术开发区经济发展与安全监管部 2024年度部门决算 (Shanxi)'}
gbc={}
def key(item):
    item=item.strip()
    if item in seeds: return seeds[item]
    m=re.match(r'zxj6827111-blip/GovBudgetChecker:(.*) \[(.*)\]$',item)
    assert m, item
    if item not in gbc: gbc[item]=None
    return item
rows=[]
expl_keys={}
def ekey(t):
    t=t.strip()
    if 'hd-u.com' in t: k='W1'
    elif '360doc' in t: k='W2'
    elif 'wanglu' in t: k='W3'
    elif t.startswith('seed 000'): k='S000-sgjf'
    else: raise Exception(t)
    expl_keys.setdefault(k,t.replace(' (text cut off in the stored copy)',''))
    return k
for f,kind in [('function-codes.tsv','function'),('economic-codes.tsv','economic')]:
    r=list(csv.reader(open(SH+f),delimiter='\t',quoting=csv.QUOTE_NONE))
    assert r[0]==['code','name','explanation','source'],r[0]
    for code,name,expl,src in r[1:]:
        main,_,ex=src.partition(' | expl: ')
        parts=main.split('; ')
        more=0
        m=re.search(r' \(\+(\d+) more\)$',parts[-1])
        if m: more=int(m.group(1)); parts[-1]=parts[-1][:m.start()]
        ks=[key(p) for p in parts]
        later=all(('[2025预算]' in p or '[2026预算]' in p) for p in parts)
        eks=[]
        if ex:
            for e in ex.split('; same wording in '):
                eks.append(ekey(e))
        rows.append((code,name,later,ks,more,expl,eks))
# assign G keys in sorted order
for i,k in enumerate(sorted(gbc)): gbc[k]='G%02d'%(i+1)
with open(OUT+'/subject-codes.tsv','w') as o:
    o.write('# juesuan-ls built-in subject catalog. Columns: code, name, seen (2024 | later), sources (keys from sources.tsv, +N = N more documents), explanation, explanation sources. See SOURCES.md.\n')
    o.write('code\tname\tseen\tsources\texplanation\texplanation_sources\n')
    for code,name,later,ks,more,expl,eks in sorted(rows):
        src=','.join(seeds.get(k) or gbc[k] if k in gbc else k for k in ks)
        src=','.join([ (gbc[k] if k in gbc else k) for k in ks] + (['+%d'%more] if more else []))
        assert '\t' not in expl and '\n' not in expl
        o.write('\t'.join([code,name,'later' if later else '2024',src,expl,','.join(eks)])+'\n')
with open(OUT+'/sources.tsv','w') as o:
    o.write('# Source documents cited by subject-codes.tsv and table01-classes.tsv. Columns: key, year tag, document. See SOURCES.md.\n')
    o.write('key\tyear\tdocument\n')
    for k,v in seeddesc.items(): o.write('%s\t2024决算\t%s\n'%(k,v))
    for item,k in sorted(gbc.items(), key=lambda x:x[1]):
        m=re.match(r'zxj6827111-blip/GovBudgetChecker:(.*) \[(.*)\]$',item)
        o.write('%s\t%s\tGitHub zxj6827111-blip/GovBudgetChecker: %s\n'%(k,m.group(2),m.group(1)))
    for k in sorted(expl_keys):
        o.write('%s\t%s\t%s\n'%(k,'explanation', expl_keys[k]))
print(len(rows), sum(1 for r in rows if r[2]))
