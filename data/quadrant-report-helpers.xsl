<?xml version="1.0" encoding="UTF-8"?>
<!--
  quadrant-report-helpers.xsl: part of quadrant-report.xsl, which includes it

  The report's later sections (the parties considered and not relevant, how
  parties were identified, the communication plan, the findings) and the
  helpers every section uses: the labels of the vocabulary, dates, the
  texts looked up by id, the style sheet. Kept beside quadrant-report.xsl,
  where xsltproc finds it too.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:q="urn:quadrant:register"
                xmlns:c="urn:quadrant:report-changes"
                xmlns:s="urn:quadrant:report-strings"
                xmlns="http://www.w3.org/1999/xhtml"
                exclude-result-prefixes="q c s">

  <!-- Clause 4.2 a): what was considered and why it is not part of the
       register. -->
  <xsl:template name="considered">
    <section id="not-relevant" class="section">
      <h2>5. <xsl:value-of select="key('text', 'section-not-relevant')"/></h2>
      <xsl:choose>
        <xsl:when test="$not-relevant">
          <xsl:call-template name="considered-table">
            <xsl:with-param name="list" select="$not-relevant"/>
          </xsl:call-template>
        </xsl:when>
        <xsl:otherwise>
          <p class="empty"><xsl:value-of select="key('text', 'none-not-relevant')"/></p>
        </xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

  <xsl:template name="considered-table">
    <xsl:param name="list"/>
    <table class="grid considered">
      <thead>
        <tr><th><xsl:value-of select="key('text', 'party')"/></th><th><xsl:value-of select="key('text', 'kind')"/></th><th><xsl:value-of select="key('text', 'identified')"/></th><th><xsl:value-of select="key('text', 'rationale')"/></th><th><xsl:value-of select="key('text', 'decided-on')"/></th></tr>
      </thead>
      <tbody>
        <xsl:for-each select="$list">
          <tr id="party-{@id}">
            <td><xsl:value-of select="q:name"/></td>
            <td>
              <xsl:call-template name="category-label"><xsl:with-param name="value" select="@category"/></xsl:call-template>
              <xsl:text>, </xsl:text>
              <xsl:call-template name="kind-word"><xsl:with-param name="value" select="@kind"/></xsl:call-template>
            </td>
            <td>
              <xsl:choose>
                <xsl:when test="@identified-by">
                  <xsl:call-template name="identification-label"><xsl:with-param name="value" select="@identified-by"/></xsl:call-template>
                </xsl:when>
                <xsl:otherwise>—</xsl:otherwise>
              </xsl:choose>
            </td>
            <td><xsl:call-template name="or-dash"><xsl:with-param name="value" select="q:relevance-rationale"/></xsl:call-template></td>
            <td class="nowrap"><xsl:call-template name="date-or-dash"><xsl:with-param name="value" select="@relevance-decided"/></xsl:call-template></td>
          </tr>
        </xsl:for-each>
      </tbody>
    </table>
  </xsl:template>

  <!-- One method of identification: how many parties it found, what became
       of them, and over which dates. -->
  <xsl:template name="identification-row">
    <xsl:param name="found"/>
    <tr>
      <td>
        <xsl:choose>
          <xsl:when test="$found[1]/@identified-by">
            <xsl:call-template name="identification-label"><xsl:with-param name="value" select="$found[1]/@identified-by"/></xsl:call-template>
          </xsl:when>
          <xsl:otherwise><xsl:value-of select="key('text', 'identification:not-recorded')"/></xsl:otherwise>
        </xsl:choose>
      </td>
      <td class="number"><xsl:value-of select="count($found)"/></td>
      <td class="number"><xsl:value-of select="count($found[not(@relevance) or @relevance = 'relevant'])"/></td>
      <td class="number"><xsl:value-of select="count($found[@relevance = 'not-relevant'])"/></td>
      <td class="number"><xsl:value-of select="count($found[@relevance = 'to-decide'])"/></td>
      <td class="nowrap">
        <xsl:variable name="dated" select="$found[@identified-on]"/>
        <xsl:choose>
          <xsl:when test="$dated">
            <xsl:variable name="first">
              <xsl:for-each select="$dated">
                <xsl:sort select="@identified-on"/>
                <xsl:if test="position() = 1"><xsl:value-of select="@identified-on"/></xsl:if>
              </xsl:for-each>
            </xsl:variable>
            <xsl:variable name="last">
              <xsl:for-each select="$dated">
                <xsl:sort select="@identified-on"/>
                <xsl:if test="position() = last()"><xsl:value-of select="@identified-on"/></xsl:if>
              </xsl:for-each>
            </xsl:variable>
            <xsl:choose>
              <xsl:when test="string($first) = string($last) and count($dated) = 1"><xsl:call-template name="date"><xsl:with-param name="value" select="string($first)"/></xsl:call-template></xsl:when>
              <xsl:otherwise>
                <xsl:call-template name="t">
                  <xsl:with-param name="id" select="'date-range'"/>
                  <xsl:with-param name="name1" select="'start'"/>
                  <xsl:with-param name="value1"><xsl:call-template name="date"><xsl:with-param name="value" select="string($first)"/></xsl:call-template></xsl:with-param>
                  <xsl:with-param name="name2" select="'end'"/>
                  <xsl:with-param name="value2"><xsl:call-template name="date"><xsl:with-param name="value" select="string($last)"/></xsl:call-template></xsl:with-param>
                </xsl:call-template>
              </xsl:otherwise>
            </xsl:choose>
          </xsl:when>
          <xsl:otherwise>—</xsl:otherwise>
        </xsl:choose>
      </td>
    </tr>
  </xsl:template>

  <xsl:template name="communication">
    <section id="communication" class="section">
      <h2>6. <xsl:value-of select="key('text', 'section-communication')"/></h2>
      <xsl:variable name="planned" select="$parties[normalize-space(q:engagement/q:communication) or normalize-space(q:engagement/q:channel) or normalize-space(q:engagement/q:frequency) or normalize-space(q:engagement/q:responsible)]"/>
      <xsl:choose>
        <xsl:when test="$planned">
          <table class="grid">
            <thead>
              <tr><th><xsl:value-of select="key('text', 'party')"/></th><th><xsl:value-of select="key('text', 'what-communicated')"/></th><th><xsl:value-of select="key('text', 'how-column')"/></th><th><xsl:value-of select="key('text', 'how-often-column')"/></th><th><xsl:value-of select="key('text', 'responsible')"/></th></tr>
            </thead>
            <tbody>
              <xsl:for-each select="$planned">
                <tr>
                  <td><xsl:value-of select="q:name"/></td>
                  <td><xsl:call-template name="or-dash"><xsl:with-param name="value" select="q:engagement/q:communication"/></xsl:call-template></td>
                  <td><xsl:call-template name="or-dash"><xsl:with-param name="value" select="q:engagement/q:channel"/></xsl:call-template></td>
                  <td><xsl:call-template name="or-dash"><xsl:with-param name="value" select="q:engagement/q:frequency"/></xsl:call-template></td>
                  <td><xsl:call-template name="or-dash"><xsl:with-param name="value" select="q:engagement/q:responsible"/></xsl:call-template></td>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </xsl:when>
        <xsl:otherwise>
          <p class="empty"><xsl:value-of select="key('text', 'no-plans')"/></p>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:if test="count($planned) &lt; count($parties)">
        <p>
          <xsl:call-template name="t">
            <xsl:with-param name="id" select="'without-plan'"/>
            <xsl:with-param name="name1" select="'list'"/>
            <xsl:with-param name="value1">
              <xsl:call-template name="names"><xsl:with-param name="list" select="$parties[count(. | $planned) != count($planned)]"/></xsl:call-template>
            </xsl:with-param>
          </xsl:call-template>
        </p>
      </xsl:if>
    </section>
  </xsl:template>

  <xsl:template name="findings">
    <section id="findings" class="section">
      <h2>7. <xsl:value-of select="key('text', 'section-findings')"/></h2>
      <xsl:variable name="undecided" select="$requirements[@decision = 'undecided']"/>
      <xsl:variable name="no-rationale" select="$requirements[(@decision = 'partially-addressed' or @decision = 'not-addressed') and not(normalize-space(q:rationale))]"/>
      <xsl:variable name="no-requirements" select="$parties[not(q:requirements/q:requirement)]"/>
      <xsl:variable name="no-reason" select="$not-relevant[not(normalize-space(q:relevance-rationale))]"/>
      <xsl:variable name="overdue" select="$today != '' and $meta/q:next-review and translate($meta/q:next-review, '-', '') &lt; translate($today, '-', '')"/>
      <xsl:choose>
        <xsl:when test="$undecided or $no-rationale or $no-requirements or $overdue or $no-reason or $to-decide">
          <table class="grid findings">
            <thead>
              <tr><th><xsl:value-of select="key('text', 'severity')"/></th><th><xsl:value-of select="key('text', 'subject')"/></th><th><xsl:value-of select="key('text', 'finding')"/></th></tr>
            </thead>
            <tbody>
              <xsl:if test="$overdue">
                <tr class="error">
                  <td><xsl:value-of select="key('text', 'severity:error')"/></td>
                  <td><xsl:value-of select="key('text', 'register-subject')"/></td>
                  <td>
                    <xsl:call-template name="t">
                      <xsl:with-param name="id" select="'review-overdue'"/>
                      <xsl:with-param name="name1" select="'date'"/>
                      <xsl:with-param name="value1"><xsl:call-template name="date"><xsl:with-param name="value" select="string($meta/q:next-review)"/></xsl:call-template></xsl:with-param>
                    </xsl:call-template>
                  </td>
                </tr>
              </xsl:if>
              <xsl:for-each select="$undecided">
                <tr class="error">
                  <td><xsl:value-of select="key('text', 'severity:error')"/></td>
                  <td><xsl:call-template name="requirement-subject"/></td>
                  <td><xsl:value-of select="key('text', 'undecided')"/></td>
                </tr>
              </xsl:for-each>
              <xsl:for-each select="$no-rationale">
                <tr class="error">
                  <td><xsl:value-of select="key('text', 'severity:error')"/></td>
                  <td><xsl:call-template name="requirement-subject"/></td>
                  <td>
                    <xsl:call-template name="t">
                      <xsl:with-param name="id" select="concat('no-rationale:', @decision)"/>
                    </xsl:call-template>
                  </td>
                </tr>
              </xsl:for-each>
              <xsl:for-each select="$no-reason">
                <tr class="error">
                  <td><xsl:value-of select="key('text', 'severity:error')"/></td>
                  <td><xsl:value-of select="q:name"/></td>
                  <td><xsl:value-of select="key('text', 'not-relevant-no-reason')"/></td>
                </tr>
              </xsl:for-each>
              <xsl:for-each select="$to-decide">
                <tr class="warning">
                  <td><xsl:value-of select="key('text', 'severity:warning')"/></td>
                  <td><xsl:value-of select="q:name"/></td>
                  <td><xsl:value-of select="key('text', 'relevance-to-decide')"/></td>
                </tr>
              </xsl:for-each>
              <xsl:for-each select="$no-requirements">
                <tr class="warning">
                  <td><xsl:value-of select="key('text', 'severity:warning')"/></td>
                  <td><xsl:value-of select="q:name"/></td>
                  <td><xsl:value-of select="key('text', 'no-requirements-finding')"/></td>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </xsl:when>
        <xsl:otherwise>
          <p class="empty"><xsl:value-of select="key('text', 'no-findings')"/></p>
        </xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

  <!-- ================= Helpers ================= -->

  <!-- A value, or a dash, so that no table cell is ever an empty element. -->
  <xsl:template name="or-dash">
    <xsl:param name="value"/>
    <xsl:choose>
      <xsl:when test="normalize-space($value) != ''"><xsl:value-of select="$value"/></xsl:when>
      <xsl:otherwise>—</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- After the version, when it is not the approved one (as quadrant-approval.c
       decides): the approved version names another, or, when the approval names
       none, the current version was recorded as a revision after it. -->
  <xsl:template name="approval-note">
    <xsl:variable name="version" select="string($meta/q:version)"/>
    <xsl:variable name="approved" select="string($meta/q:approved-version)"/>
    <xsl:variable name="date" select="string($meta/q:approval-date)"/>
    <xsl:choose>
      <xsl:when test="$version = ''"/>
      <xsl:when test="$approved != '' and $approved != $version">
        <xsl:text> </xsl:text>
        <xsl:choose>
          <xsl:when test="$date != ''">
            <xsl:call-template name="t">
              <xsl:with-param name="id" select="'approved-other-on'"/>
              <xsl:with-param name="name1" select="'version'"/>
              <xsl:with-param name="value1" select="$approved"/>
              <xsl:with-param name="name2" select="'date'"/>
              <xsl:with-param name="value2"><xsl:call-template name="date"><xsl:with-param name="value" select="$date"/></xsl:call-template></xsl:with-param>
            </xsl:call-template>
          </xsl:when>
          <xsl:otherwise>
            <xsl:call-template name="t">
              <xsl:with-param name="id" select="'approved-other'"/>
              <xsl:with-param name="name1" select="'version'"/>
              <xsl:with-param name="value1" select="$approved"/>
            </xsl:call-template>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:when>
      <xsl:when test="$approved = '' and $date != '' and
                      /q:register/q:revisions/q:revision[@version = $version and
                        number(translate(@date, '-', '')) &gt; number(translate($date, '-', ''))]">
        <xsl:text> </xsl:text>
        <xsl:call-template name="t">
          <xsl:with-param name="id" select="'approved-earlier'"/>
          <xsl:with-param name="name1" select="'date'"/>
          <xsl:with-param name="value1"><xsl:call-template name="date"><xsl:with-param name="value" select="$date"/></xsl:call-template></xsl:with-param>
        </xsl:call-template>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="field-row">
    <xsl:param name="label"/>
    <xsl:param name="value"/>
    <xsl:param name="date" select="false()"/>
    <tr>
      <th><xsl:value-of select="$label"/></th>
      <td>
        <xsl:choose>
          <xsl:when test="$date"><xsl:call-template name="date-or-dash"><xsl:with-param name="value" select="$value"/></xsl:call-template></xsl:when>
          <xsl:otherwise><xsl:call-template name="or-dash"><xsl:with-param name="value" select="$value"/></xsl:call-template></xsl:otherwise>
        </xsl:choose>
      </td>
    </tr>
  </xsl:template>

  <xsl:template name="requirement-subject">
    <xsl:value-of select="ancestor::q:party/q:name"/>
    <xsl:text> / </xsl:text>
    <xsl:call-template name="shorten">
      <xsl:with-param name="text" select="normalize-space(q:statement)"/>
      <xsl:with-param name="length" select="80"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="shorten">
    <xsl:param name="text"/>
    <xsl:param name="length"/>
    <xsl:choose>
      <xsl:when test="string-length($text) &gt; $length">
        <xsl:value-of select="substring($text, 1, $length - 1)"/>
        <xsl:text>…</xsl:text>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$text"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="engagement-text">
    <xsl:variable name="e" select="q:engagement"/>
    <xsl:choose>
      <xsl:when test="normalize-space($e/q:communication) or normalize-space($e/q:channel) or normalize-space($e/q:frequency) or normalize-space($e/q:responsible)">
        <xsl:if test="normalize-space($e/q:communication)">
          <p class="detail"><xsl:value-of select="key('text', 'what')"/><xsl:text> </xsl:text><xsl:value-of select="$e/q:communication"/></p>
        </xsl:if>
        <xsl:if test="normalize-space($e/q:channel)">
          <p class="detail"><xsl:value-of select="key('text', 'how')"/><xsl:text> </xsl:text><xsl:value-of select="$e/q:channel"/></p>
        </xsl:if>
        <xsl:if test="normalize-space($e/q:frequency)">
          <p class="detail"><xsl:value-of select="key('text', 'how-often')"/><xsl:text> </xsl:text><xsl:value-of select="$e/q:frequency"/></p>
        </xsl:if>
        <xsl:if test="normalize-space($e/q:responsible)">
          <p class="detail"><xsl:value-of select="key('text', 'responsible-detail')"/><xsl:text> </xsl:text><xsl:value-of select="$e/q:responsible"/></p>
        </xsl:if>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="key('text', 'none-yet')"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="legend-item">
    <xsl:param name="support"/>
    <span class="legend-item">
      <svg xmlns="http://www.w3.org/2000/svg" width="14" height="14" viewBox="0 0 14 14">
        <xsl:call-template name="support-marker">
          <xsl:with-param name="support" select="$support"/>
          <xsl:with-param name="x" select="7"/>
          <xsl:with-param name="y" select="7"/>
          <xsl:with-param name="r" select="6"/>
        </xsl:call-template>
      </svg>
      <xsl:text> </xsl:text>
      <xsl:call-template name="support-label"><xsl:with-param name="value" select="$support"/></xsl:call-template>
    </span>
    <xsl:text> </xsl:text>
  </xsl:template>

  <!-- The map's palette from core (quadrant-map-render-palette.c; a test
       keeps the two the same): Okabe-Ito colours, safe for colour-blind
       readers, and a shape per support level, so a grey print still reads. -->
  <xsl:template name="support-colour">
    <xsl:param name="support"/>
    <xsl:choose>
      <xsl:when test="$support = 'unaware'">#8c8c8c</xsl:when>
      <xsl:when test="$support = 'resistant'">#d55e00</xsl:when>
      <xsl:when test="$support = 'supportive'">#009e73</xsl:when>
      <xsl:when test="$support = 'leading'">#0072b2</xsl:when>
      <xsl:otherwise>#6e6e6e</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A marker centred on (x, y), as the map draws it: unaware an empty ring,
       resistant a triangle pointing down, neutral a square, supportive a
       disc, leading a star. -->
  <xsl:template name="support-marker">
    <xsl:param name="support"/>
    <xsl:param name="x"/>
    <xsl:param name="y"/>
    <xsl:param name="r"/>
    <xsl:variable name="colour">
      <xsl:call-template name="support-colour"><xsl:with-param name="support" select="$support"/></xsl:call-template>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$support = 'unaware'">
        <circle xmlns="http://www.w3.org/2000/svg" cx="{$x}" cy="{$y}" r="{$r}" fill="#ffffff" stroke="{$colour}" stroke-width="{$r * 0.2}" class="marker unaware"/>
      </xsl:when>
      <xsl:when test="$support = 'resistant'">
        <polygon xmlns="http://www.w3.org/2000/svg" points="{$x - $r},{$y - 0.72 * $r} {$x + $r},{$y - 0.72 * $r} {$x},{$y + $r}" fill="{$colour}" class="marker resistant"/>
      </xsl:when>
      <xsl:when test="$support = 'supportive'">
        <circle xmlns="http://www.w3.org/2000/svg" cx="{$x}" cy="{$y}" r="{$r}" fill="{$colour}" class="marker supportive"/>
      </xsl:when>
      <xsl:when test="$support = 'leading'">
        <!-- Five points; the inner ones at half the radius. -->
        <polygon xmlns="http://www.w3.org/2000/svg" fill="{$colour}" class="marker leading"
                 points="{$x},{$y - 0.9 * $r} {$x + 0.294 * $r},{$y - 0.305 * $r} {$x + 0.951 * $r},{$y - 0.209 * $r} {$x + 0.476 * $r},{$y + 0.255 * $r} {$x + 0.588 * $r},{$y + 0.909 * $r} {$x},{$y + 0.6 * $r} {$x - 0.588 * $r},{$y + 0.909 * $r} {$x - 0.476 * $r},{$y + 0.255 * $r} {$x - 0.951 * $r},{$y - 0.209 * $r} {$x - 0.294 * $r},{$y - 0.305 * $r}"/>
      </xsl:when>
      <xsl:otherwise>
        <rect xmlns="http://www.w3.org/2000/svg" x="{$x - 0.8 * $r}" y="{$y - 0.8 * $r}" width="{1.6 * $r}" height="{1.6 * $r}" fill="{$colour}" class="marker neutral"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The quadrant of the current party as a word within a sentence. -->
  <xsl:template name="quadrant-word">
    <xsl:choose>
      <xsl:when test="@power &gt;= 50 and @interest &gt;= 50"><xsl:value-of select="key('text', 'quadrant-word:manage-closely')"/></xsl:when>
      <xsl:when test="@power &gt;= 50"><xsl:value-of select="key('text', 'quadrant-word:keep-satisfied')"/></xsl:when>
      <xsl:when test="@interest &gt;= 50"><xsl:value-of select="key('text', 'quadrant-word:keep-informed')"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="key('text', 'quadrant-word:monitor')"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="category-label">
    <xsl:param name="value"/>
    <xsl:call-template name="vocabulary">
      <xsl:with-param name="id" select="concat('category:', $value)"/>
      <xsl:with-param name="value" select="$value"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="kind-label">
    <xsl:param name="value"/>
    <xsl:call-template name="vocabulary">
      <xsl:with-param name="id" select="concat('kind:', $value)"/>
      <xsl:with-param name="value" select="$value"/>
    </xsl:call-template>
  </xsl:template>

  <!-- Kinds and support levels as words within a sentence or after another
       value in a cell ("Internal, senior leadership"): lower case where the
       language writes them so (quadrant_enum_to_word ()). -->
  <xsl:template name="kind-word">
    <xsl:param name="value"/>
    <xsl:call-template name="vocabulary">
      <xsl:with-param name="id" select="concat('kind-word:', $value)"/>
      <xsl:with-param name="value" select="$value"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="support-word">
    <xsl:param name="value"/>
    <xsl:call-template name="vocabulary">
      <xsl:with-param name="id" select="concat('support-word:', $value)"/>
      <xsl:with-param name="value" select="$value"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="support-label">
    <xsl:param name="value"/>
    <xsl:call-template name="vocabulary">
      <xsl:with-param name="id" select="concat('support:', $value)"/>
      <xsl:with-param name="value" select="$value"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="identification-label">
    <xsl:param name="value"/>
    <xsl:call-template name="vocabulary">
      <xsl:with-param name="id" select="concat('identification:', $value)"/>
      <xsl:with-param name="value" select="$value"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="type-label">
    <xsl:param name="value"/>
    <xsl:call-template name="vocabulary">
      <xsl:with-param name="id" select="concat('type:', $value)"/>
      <xsl:with-param name="value" select="$value"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="priority-label">
    <xsl:param name="value"/>
    <xsl:call-template name="vocabulary">
      <xsl:with-param name="id" select="concat('priority:', $value)"/>
      <xsl:with-param name="value" select="$value"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="decision-label">
    <xsl:param name="value"/>
    <xsl:call-template name="vocabulary">
      <xsl:with-param name="id" select="concat('decision:', $value)"/>
      <xsl:with-param name="value" select="$value"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="reference-kind-label">
    <xsl:param name="value"/>
    <xsl:variable name="known" select="key('text', concat('reference:', $value))"/>
    <xsl:choose>
      <xsl:when test="$known"><xsl:value-of select="$known"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="key('text', 'reference:other')"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A word of a vocabulary by its id ("kind:staff"), or the value as it
       is in the file when the strings do not know it. -->
  <xsl:template name="vocabulary">
    <xsl:param name="id"/>
    <xsl:param name="value"/>
    <xsl:variable name="known" select="key('text', $id)"/>
    <xsl:choose>
      <xsl:when test="$known"><xsl:value-of select="$known"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$value"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A text by its id with up to two placeholders filled: {name1} by
       value1, {name2} by value2. A text missing from the strings shows as
       [id], so that it is noticed. -->
  <xsl:template name="t">
    <xsl:param name="id"/>
    <xsl:param name="name1" select="''"/>
    <xsl:param name="value1" select="''"/>
    <xsl:param name="name2" select="''"/>
    <xsl:param name="value2" select="''"/>
    <xsl:variable name="known" select="key('text', $id)"/>
    <xsl:variable name="text">
      <xsl:choose>
        <xsl:when test="$known"><xsl:value-of select="$known"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="concat('[', $id, ']')"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="filled">
      <xsl:call-template name="fill">
        <xsl:with-param name="text" select="string($text)"/>
        <xsl:with-param name="name" select="$name1"/>
        <xsl:with-param name="value" select="string($value1)"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:call-template name="fill">
      <xsl:with-param name="text" select="string($filled)"/>
      <xsl:with-param name="name" select="$name2"/>
      <xsl:with-param name="value" select="string($value2)"/>
    </xsl:call-template>
  </xsl:template>

  <!-- text with every {name} replaced by value. -->
  <xsl:template name="fill">
    <xsl:param name="text"/>
    <xsl:param name="name"/>
    <xsl:param name="value"/>
    <xsl:variable name="placeholder" select="concat('{', $name, '}')"/>
    <xsl:choose>
      <xsl:when test="$name != '' and contains($text, $placeholder)">
        <xsl:value-of select="substring-before($text, $placeholder)"/>
        <xsl:value-of select="$value"/>
        <xsl:call-template name="fill">
          <xsl:with-param name="text" select="substring-after($text, $placeholder)"/>
          <xsl:with-param name="name" select="$name"/>
          <xsl:with-param name="value" select="$value"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$text"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A date of the register (YYYY-MM-DD) as the report's language writes
       it ("date" of the strings); anything else as it is. -->
  <xsl:template name="date">
    <xsl:param name="value"/>
    <xsl:variable name="pattern" select="key('text', 'date')"/>
    <xsl:choose>
      <xsl:when test="$pattern and string-length($value) = 10 and substring($value, 5, 1) = '-' and substring($value, 8, 1) = '-'">
        <xsl:variable name="year">
          <xsl:call-template name="fill">
            <xsl:with-param name="text" select="string($pattern)"/>
            <xsl:with-param name="name" select="'year'"/>
            <xsl:with-param name="value" select="substring($value, 1, 4)"/>
          </xsl:call-template>
        </xsl:variable>
        <xsl:variable name="month">
          <xsl:call-template name="fill">
            <xsl:with-param name="text" select="string($year)"/>
            <xsl:with-param name="name" select="'month'"/>
            <xsl:with-param name="value" select="substring($value, 6, 2)"/>
          </xsl:call-template>
        </xsl:variable>
        <xsl:call-template name="fill">
          <xsl:with-param name="text" select="string($month)"/>
          <xsl:with-param name="name" select="'day'"/>
          <xsl:with-param name="value" select="substring($value, 9, 2)"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$value"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="date-or-dash">
    <xsl:param name="value"/>
    <xsl:choose>
      <xsl:when test="normalize-space($value) != ''">
        <xsl:call-template name="date"><xsl:with-param name="value" select="string($value)"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise>—</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The names of a list of parties, separated by commas. -->
  <xsl:template name="names">
    <xsl:param name="list"/>
    <xsl:for-each select="$list">
      <xsl:if test="position() &gt; 1"><xsl:text>, </xsl:text></xsl:if>
      <xsl:value-of select="q:name"/>
    </xsl:for-each>
  </xsl:template>

  <!-- No "<", ">" or "&" in here: the style element is raw text to an HTML
       parser, so an escaped character would reach the CSS as an entity. -->
  <xsl:template name="css">
    <xsl:text>
:root { color-scheme: light; }
body { font-family: "Cantarell", "Segoe UI", "Helvetica Neue", Arial, sans-serif; font-size: 11pt; line-height: 1.4; color: #1d1d1d; background: #fff; max-width: 60em; margin: 2em auto; padding: 0 1.5em; }
h1 { font-size: 2em; margin: 0.2em 0; overflow-wrap: break-word; }
h2 { font-size: 1.5em; border-bottom: 2px solid #3465a4; padding-bottom: 0.2em; margin-top: 1.6em; }
h3 { font-size: 1.15em; margin: 1.2em 0 0.4em; overflow-wrap: break-word; }
.kicker { text-transform: uppercase; letter-spacing: 0.08em; color: #3465a4; font-size: 0.85em; margin: 0; }
.subtitle { color: #555; margin-top: 0; }
.cover { border-bottom: 1px solid #ccc; padding-bottom: 1em; }
table { border-collapse: collapse; width: 100%; margin: 0.5em 0 1em; }
th, td { text-align: left; vertical-align: top; padding: 0.3em 0.5em; overflow-wrap: break-word; hyphens: manual; }
table.grid th, table.grid td { border: 1px solid #c8c8c8; }
table.grid thead th { background: #eef2f7; }
table.fields th { width: 13em; color: #444; font-weight: 600; border-bottom: 1px solid #e4e4e4; }
table.fields td { border-bottom: 1px solid #e4e4e4; white-space: pre-line; }
caption { text-align: left; font-weight: 600; padding: 0.3em 0; }
td.number { text-align: right; width: 6em; }
td.nowrap { white-space: nowrap; }
.columns { display: flex; flex-wrap: wrap; gap: 1.5em; }
.columns table.summary { width: auto; min-width: 16em; flex: 1; }
p.statement { margin: 0; font-weight: 600; }
p.detail { margin: 0.15em 0 0; color: #444; font-size: 0.92em; }
p.notes { white-space: pre-line; }
ul.references { margin: 0; padding-left: 1.1em; }
td.decision-undecided { color: #a40000; font-weight: 600; }
td.decision-addressed { color: #2e7d32; }
tr.error td:first-child { color: #a40000; font-weight: 600; }
tr.warning td:first-child { color: #8a5a00; font-weight: 600; }
.empty { color: #666; font-style: italic; }
.party { border-top: 1px solid #ddd; }
svg.map { max-width: 100%; height: auto; display: block; margin: 0.5em 0; font-family: inherit; }
.legend-item { white-space: nowrap; margin-right: 0.8em; }
nav.contents ol, ol.map-key { columns: 2; }
ol.map-key { font-size: 0.92em; }
table.grid thead th { overflow-wrap: normal; }
a { color: #1c5aa6; }
@page { size: A4; margin: 18mm 15mm; }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 10pt; }
  nav.contents { display: none; }
  .section { break-before: page; page-break-before: always; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  tr, li, .party table.fields, svg.map { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  a { color: inherit; text-decoration: none; }
}
</xsl:text>
  </xsl:template>
</xsl:stylesheet>
