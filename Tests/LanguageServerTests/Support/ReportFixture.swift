/// A small synthetic 决算 report (TAB layout) for the feature tests: tables 01, 02, 03, 05, 06
/// and a narrative with 类/款/项 phrases and bare codes. 02 names 21505 differently from the
/// catalog and from 03/05; 2150588 is not in the catalog; narrative lines put CJK and an
/// astral-plane character before codes so that the three position encodings differ.
enum ReportFixture {
    static let text = """
    XX市工业和信息化局

    2024年度部门决算公开

    第一部分 概况

    一、本部门职责

    负责全市工业和信息化工作。

    第二部分 2024年部门决算表

    收入支出决算总表

    公开01表

    部门名称：XX市工业和信息化局 2024年度 金额单位：万元

    收入\t\t\t支出\t\t
    项目\t行次\t金额\t项目\t行次\t金额
    栏次\t\t1\t栏次\t\t2
    一、一般公共预算财政拨款收入\t1\t300.00\t一、一般公共服务支出\t32\t20.00
    二、政府性基金预算财政拨款收入\t2\t\t十二、资源勘探工业信息等支出\t43\t280.00
    本年收入合计\t27\t300.00\t本年支出合计\t58\t300.00
    总计\t31\t300.00\t总计\t62\t300.00

    收入决算表

    公开02表

    部门名称：XX市工业和信息化局 2024年度 金额单位：万元

    项目\t\t本年收入合计\t财政拨款收入\t上级补助收入\t事业收入\t经营收入\t附属单位上缴收入\t其他收入
    科目代码\t科目名称\t\t\t\t\t\t\t
    栏次\t\t1\t2\t3\t4\t5\t6\t7
    合计\t\t300.00\t300.00\t\t\t\t\t
    201\t一般公共服务支出\t20.00\t20.00\t\t\t\t\t
    20104\t发展与改革事务\t20.00\t20.00\t\t\t\t\t
    2010401\t行政运行\t20.00\t20.00\t\t\t\t\t
    215\t资源勘探工业信息 等支出\t280.00\t280.00\t\t\t\t\t
    21505\t工业和信息化产业监管\t280.00\t280.00\t\t\t\t\t
    2150501\t行政运行\t13.20\t13.20\t\t\t\t\t
    2150517\t产业发展\t266.80\t266.80\t\t\t\t\t

    支出决算表

    公开03表

    部门名称：XX市工业和信息化局 2024年度 金额单位：万元

    项目\t\t本年支出合计\t基本支出\t项目支出\t上缴上级支出\t经营支出\t对附属单位补助支出
    科目代码\t科目名称\t\t\t\t\t\t
    栏次\t\t1\t2\t3\t4\t5\t6
    合计\t\t300.00\t33.20\t266.80\t\t\t
    201\t一般公共服务支出\t20.00\t20.00\t\t\t\t
    20104\t发展与改革事务\t20.00\t20.00\t\t\t\t
    2010401\t行政运行\t20.00\t20.00\t\t\t\t
    215\t资源勘探工业信息等支出\t280.00\t13.20\t266.80\t\t\t
    21505\t工业和信息产业监管\t280.00\t13.20\t266.80\t\t\t
    2150501\t行政运行\t13.20\t13.20\t\t\t\t
    2150517\t产业发展\t266.80\t\t266.80\t\t\t
    2150588\t虚构事务\t\t\t\t\t\t

    一般公共预算财政拨款支出决算表

    公开05表

    部门名称：XX市工业和信息化局 2024年度 金额单位：万元

    项目\t\t本年支出\t\t
    科目代码\t科目名称\t小计\t基本支出\t项目支出
    栏次\t\t1\t2\t3
    合计\t\t300.00\t33.20\t266.80
    201\t一般公共服务支出\t20.00\t20.00\t
    20104\t发展与改革事务\t20.00\t20.00\t
    2010401\t行政运行\t20.00\t20.00\t
    215\t资源勘探工业信息等支出\t280.00\t13.20\t266.80
    21505\t工业和信息产业监管\t280.00\t13.20\t266.80
    2150501\t行政运行\t13.20\t13.20\t
    2150517\t产业发展\t266.80\t\t266.80

    一般公共预算财政拨款基本支出决算明细表

    公开06表

    部门名称：XX市工业和信息化局 2024年度 金额单位：万元

    人员经费\t\t\t公用经费\t\t
    科目代码\t科目名称\t决算数\t科目代码\t科目名称\t决算数
    301\t工资福利支出\t30.00\t302\t商品和服务支出\t3.20
    30101\t基本工资\t30.00\t30201\t办公费\t3.20
    人员经费合计\t\t30.00\t公用经费合计\t\t3.20

    第三部分 情况说明

    一、收入支出决算总体情况说明

    2024年度收入总计300.00万元，支出总计300.00万元。

    二、一般公共预算财政拨款支出决算情况说明

    主要用于资源勘探工业信息等支出（类）工业和信息产业监管（款）行政运行（项）13.20万元。
    其中一般公共服务支出（类）发展与改革事务（款）行政运行（项）20.00万元。
    另有资源勘探工业信息等支出（类）工业和信息产业监管（款）虚构事务（项）0万元。
    😀科目2150501行政运行，另付300万元。

    第四部分 名词解释

    一、财政拨款收入：指本级财政当年拨付的资金。

    """

    /// The 0-based line holding `needle` (first occurrence) and the UTF-8/16/32 column where it starts.
    static func position(of needle: String, occurrence: Int = 1, offset: Int = 0) -> (line: Int, utf8: Int, utf16: Int, utf32: Int)? {
        var seen = 0
        for (lineNumber, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var searchStart = line.startIndex
            while let found = line[searchStart...].range(of: needle) {
                seen += 1
                if seen == occurrence {
                    let prefix = line[line.startIndex..<found.lowerBound] + needle.prefix(offset)
                    return (lineNumber, prefix.utf8.count, prefix.utf16.count, prefix.unicodeScalars.count)
                }
                searchStart = found.upperBound
            }
        }
        return nil
    }
}
