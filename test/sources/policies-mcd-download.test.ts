/**
 * The MCD download zips as CMS publishes them: each unpacks to `<dataset>/<dataset>_csv/*.csv`, with
 * the exact column order of every CSV (headers transcribed from the CMS download, documented in
 * docs/policies.md) and `lcd_x_requestor_letters.csv` without a header row. Rows are invented.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { PolicyCodeRecord, PolicyRecord, SourceRecord } from '../../src/core/records.js';
import { policiesPlugin } from '../../src/sources/policies/index.js';

const H: Record<string, string> = {
  lcd: 'lcd_id,lcd_version,title,determination_number,orig_det_eff_date,ent_det_end_date,rev_eff_date,rev_end_date,indication,diagnoses_support,icd9_dont_support_para,icd9_dont_support_ast,diagnoses_dont_support,coding_guidelines,doc_reqs,appendices,util_guide,source_info,adv_meeting,comment_start_dt,comment_end_dt,notice_start_dt,rev_hist_num,history_exp,last_reviewed_on,status,last_updated,cms_cov_policy,display_id,draft_contact,revenue_para,thirty_percent,keywords,associated_info,notice_end_dt,date_retired,draft_released_date,source_lcd_id,add_icd10_info,icd10_doc,synopsis_changes,bibliography,summary_of_evidence,analysis_of_evidence,mcd_publish_date,issue,issue_change,mac_initiated',
  lcd_x_hcpc_code:
    'lcd_id,lcd_version,hcpc_code_id,hcpc_code_version,hcpc_code_group,range,last_updated,long_description,short_description',
  lcd_x_hcpc_code_group: 'lcd_id,lcd_version,hcpc_code_group,paragraph,last_updated',
  lcd_x_contractor: 'lcd_id,lcd_version,contractor_id,contractor_type_id,contractor_version,last_updated',
  article:
    'article_id,article_version,article_type,title,article_pub_date,article_eff_date,article_end_date,description,other_comments,sad_url,status,last_updated,history_exp,key_article,icd9_covered_para,icd9_noncovered_para,revenue_para,thirty_percent,article_rev_end_date,source_article_id,date_retired,keywords,icd10_doc,add_icd10_info,cms_cov_policy,display_id,reference_article',
  article_x_hcpc_code:
    'article_id,article_version,hcpc_code_id,hcpc_code_version,hcpc_code_group,range,last_updated,long_description,short_description',
  article_x_icd10_covered:
    'article_id,article_version,icd10_code_id,icd10_code_version,icd10_covered_group,range,last_updated,sort_order,description,asterisk',
  article_x_icd10_covered_group: 'article_id,article_version,icd10_covered_group,paragraph,last_updated,icd10_covered_ast',
  article_x_icd10_noncovered:
    'article_id,article_version,icd10_code_id,icd10_code_version,icd10_noncovered_group,range,last_updated,sort_order,description',
  article_x_icd10_pcs_code:
    'article_id,article_version,range,last_updated,sort_order,icd10_pcs_code_id,icd10_pcs_code_version,icd10_pcs_code_group,description',
  article_x_contractor: 'article_id,article_version,article_type,contractor_id,contractor_type_id,contractor_version,last_updated',
  contractor:
    'contractor_id,contractor_type_id,contractor_version,contractor_bus_name,contractor_number,dmerc_rgn,address1,address2,address3,city,state_id,zipcode,phone,fax,status,last_updated,url,email,ignore,status_flag,cmd_name,cmd_title,contractor_subtype_id',
  contractor_jurisdiction: 'contractor_id,contractor_type_id,contractor_version,state_id,last_updated,active_date,term_date',
  contractor_type_lookup: 'contractor_type_id,description',
  state_lookup: 'state_id,state_abbrev,description',
  ncd_trkg:
    'NCD_id,NCD_vrsn_num,natl_cvrg_type,cvrg_lvl_cd,NCD_mnl_sect,NCD_mnl_sect_title,NCD_efctv_dt,NCD_impltn_dt,NCD_trmntn_dt,itm_srvc_desc,indctn_lmtn,xref_txt,othr_txt,trnsmtl_num,trnsmtl_issnc_dt,trnsmtl_url,chg_rqst_num,pblctn_cd,rev_hstry,under_rvw,creatd_tmstmp,last_updt_tmstmp,last_clrnc_tmstmp,NCD_lab,ncd_keyword,NCD_AMA',
};

const csvCell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
function table(name: string, rows: Array<Record<string, string>>): string {
  const cols = (H[name] as string).split(',');
  return `${[cols.join(','), ...rows.map((r) => cols.map((c) => csvCell(r[c] ?? '')).join(','))].join('\r\n')}\r\n`;
}

let root: string;
let records: SourceRecord[];
before(async () => {
  root = mkdtempSync(join(tmpdir(), 'medcodes-mcd-'));
  const write = (dataset: string, name: string, text: string) => {
    const dir = join(root, 'mcd', '2026-06', dataset, `${dataset}_csv`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${name}.csv`), text);
  };
  const contractors = (dataset: string) => {
    write(
      dataset,
      'contractor',
      table('contractor', [
        {
          contractor_id: '7',
          contractor_type_id: '1',
          contractor_version: '1',
          contractor_bus_name: 'Invented Medicare Services',
          contractor_number: '99999',
        },
      ]),
    );
    write(
      dataset,
      'contractor_jurisdiction',
      table('contractor_jurisdiction', [
        { contractor_id: '7', contractor_type_id: '1', contractor_version: '1', state_id: '21' },
        { contractor_id: '7', contractor_type_id: '1', contractor_version: '1', state_id: '22', term_date: '2020-01-01 00:00:00' },
      ]),
    );
    write(dataset, 'contractor_type_lookup', table('contractor_type_lookup', [{ contractor_type_id: '1', description: 'A and B MAC' }]));
    write(
      dataset,
      'state_lookup',
      table('state_lookup', [
        { state_id: '21', state_abbrev: 'MD', description: 'Maryland' },
        { state_id: '22', state_abbrev: 'MA', description: 'Massachusetts' },
      ]),
    );
  };
  write(
    'current_lcd',
    'lcd',
    table('lcd', [
      {
        lcd_id: '91001',
        lcd_version: '4',
        title: 'Invented Sleep Device Policy',
        status: 'A',
        orig_det_eff_date: '2015-10-01 00:00:00',
        rev_eff_date: '2026-01-01 00:00:00',
        indication: '<p>Invented indications.</p>',
        display_id: 'L91001',
        last_updated: '2026-01-01 00:00:00',
      },
    ]),
  );
  write(
    'current_lcd',
    'lcd_x_hcpc_code',
    table('lcd_x_hcpc_code', [{ lcd_id: '91001', lcd_version: '4', hcpc_code_id: 'E0601', hcpc_code_version: '1', hcpc_code_group: '1' }]),
  );
  write(
    'current_lcd',
    'lcd_x_hcpc_code_group',
    table('lcd_x_hcpc_code_group', [
      { lcd_id: '91001', lcd_version: '4', hcpc_code_group: '1', paragraph: '<p>Invented group paragraph.</p>' },
    ]),
  );
  write(
    'current_lcd',
    'lcd_x_contractor',
    table('lcd_x_contractor', [
      { lcd_id: '91001', lcd_version: '4', contractor_id: '7', contractor_type_id: '1', contractor_version: '1' },
    ]),
  );
  // No header row in the CMS file.
  write('current_lcd', 'lcd_x_requestor_letters', '91001,4,1,"Invented requester",/letters/x.pdf,1000,1,2026-01-01 00:00:00\r\n');
  contractors('current_lcd');
  write(
    'current_article',
    'article',
    table('article', [
      {
        article_id: '92001',
        article_version: '2',
        article_type: '1',
        title: 'Billing and Coding: Invented Knee Procedure',
        article_eff_date: '2026-01-01 00:00:00',
        description: '<p>Invented article text.</p>',
        status: 'A',
        display_id: 'A92001',
      },
    ]),
  );
  write(
    'current_article',
    'article_x_hcpc_code',
    table('article_x_hcpc_code', [
      { article_id: '92001', article_version: '2', hcpc_code_id: '27447', hcpc_code_version: '1', hcpc_code_group: '1' },
    ]),
  );
  write(
    'current_article',
    'article_x_icd10_covered',
    table('article_x_icd10_covered', [
      {
        article_id: '92001',
        article_version: '2',
        icd10_code_id: 'M17.11',
        icd10_code_version: '1',
        icd10_covered_group: '1',
        sort_order: '1',
      },
    ]),
  );
  write(
    'current_article',
    'article_x_icd10_covered_group',
    table('article_x_icd10_covered_group', [
      { article_id: '92001', article_version: '2', icd10_covered_group: '1', paragraph: '<p>Invented covered paragraph.</p>' },
    ]),
  );
  write(
    'current_article',
    'article_x_icd10_noncovered',
    table('article_x_icd10_noncovered', [
      {
        article_id: '92001',
        article_version: '2',
        icd10_code_id: 'Z99.81',
        icd10_code_version: '1',
        icd10_noncovered_group: '1',
        sort_order: '1',
      },
    ]),
  );
  write(
    'current_article',
    'article_x_icd10_pcs_code',
    table('article_x_icd10_pcs_code', [
      {
        article_id: '92001',
        article_version: '2',
        sort_order: '1',
        icd10_pcs_code_id: '0SRC0JZ',
        icd10_pcs_code_version: '1',
        icd10_pcs_code_group: '1',
      },
    ]),
  );
  write(
    'current_article',
    'article_x_contractor',
    table('article_x_contractor', [
      {
        article_id: '92001',
        article_version: '2',
        article_type: '1',
        contractor_id: '7',
        contractor_type_id: '1',
        contractor_version: '1',
      },
    ]),
  );
  contractors('current_article');
  write(
    'ncd',
    'ncd_trkg',
    table('ncd_trkg', [
      {
        NCD_id: '93',
        NCD_vrsn_num: '2',
        NCD_mnl_sect: '240.4',
        NCD_mnl_sect_title: 'Invented National Sleep Device Determination',
        NCD_efctv_dt: '2008-03-13 00:00:00',
        itm_srvc_desc: '<p>Invented item.</p>',
        indctn_lmtn: '<p>Invented limits.</p>',
        last_updt_tmstmp: '2024-01-01 00:00:00',
      },
    ]),
  );
  const detection = await policiesPlugin.detect(root);
  records = [];
  for await (const r of policiesPlugin.read(detection, { newestOnly: false, cptDescriptorsFromCmsFiles: false })) records.push(r);
});
after(() => rmSync(root, { recursive: true, force: true }));

describe('the MCD download zips as unpacked: <dataset>/<dataset>_csv/, exact CMS column order', () => {
  it('detects the LCD, article and NCD tables in the unpacked layout', async () => {
    const detection = await policiesPlugin.detect(root);
    assert.deepEqual(detection.files.map((f) => `${f.role} ${f.path}`).sort(), [
      'mcd-article mcd/2026-06/current_article/current_article_csv/article.csv',
      'mcd-lcd mcd/2026-06/current_lcd/current_lcd_csv/lcd.csv',
      'mcd-ncd mcd/2026-06/ncd/ncd_csv/ncd_trkg.csv',
    ]);
  });

  it('imports LCDs, articles and NCDs with contractor, states and dates', () => {
    const policies = records.filter((r): r is PolicyRecord => r.type === 'policy');
    const brief = policies
      .map((p) => [p.id, p.kind, p.title, p.contractor, p.jurisdiction, p.states.join(' '), p.effectiveFrom, p.status])
      .sort();
    assert.deepEqual(brief, [
      [
        'A92001',
        'article',
        'Billing and Coding: Invented Knee Procedure',
        'Invented Medicare Services',
        'A and B MAC',
        'MD',
        '2026-01-01',
        'active',
      ],
      ['L91001', 'lcd', 'Invented Sleep Device Policy', 'Invented Medicare Services', 'A and B MAC', 'MD', '2026-01-01', 'active'],
      ['NCD240.4', 'ncd', 'Invented National Sleep Device Determination', null, 'National', '', '2008-03-13', 'active'],
    ]);
  });

  it('reads HCPCS/CPT, covered and non-covered ICD-10-CM and ICD-10-PCS code tables', () => {
    const codes = records
      .filter((r): r is PolicyCodeRecord => r.type === 'policyCode' && !r.extracted)
      .map((c) => `${c.policyId} ${c.system} ${c.key} ${c.relation} ${c.group}`)
      .sort();
    assert.deepEqual(codes, [
      'A92001 cpt 27447 listed hcpcs group 1',
      'A92001 icd10cm M1711 covered icd10-covered group 1',
      'A92001 icd10cm Z9981 not-covered icd10-noncovered group 1',
      'A92001 icd10pcs 0SRC0JZ listed icd10pcs group 1',
      'L91001 hcpcs E0601 listed hcpcs group 1',
    ]);
  });
});
